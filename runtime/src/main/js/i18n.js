// Messages in the page's language. English is built in; other locales are same-origin JSON files
// beside this script, fetched once, only when the page's language asks for them.
import { pageState } from './page-state.js';

const EN = {
  tools: 'Page tools',
  skip: 'Skip to main content',
  pageMap: 'Page map',
  landmarks: 'Landmarks',
  headings: 'Headings',
  forms: 'Forms',
  buttons: 'Buttons',
  images: 'Images',
  empty: 'Nothing of this kind on this page',
  heading: 'Level {0}: {1}',
  main: 'Main content',
  navigation: 'Navigation',
  banner: 'Site header',
  contentinfo: 'Site footer',
  complementary: 'Related content',
  search: 'Search',
  form: 'Form',
  region: 'Region',
  settings: 'Display and keyboard settings',
  unnamed: '(no name)',
};

/** Locales shipped beside the script (besides English). */
export const LOCALES = ['es', 'de'];

// table: the locale's messages over English; extra: the lazily loaded parts' English messages
const messages = pageState('i18n', () => ({ table: EN, extra: {}, lang: 'en' }));

/** The primary language of the page (or of data-lang on the script tag) that we have messages for. */
export function pickLocale(requested) {
  const primary = (requested || '').trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.includes(primary) ? primary : 'en';
}

/** Loads the messages of the page's locale; English stays the fallback for any missing key. */
export async function loadLocale(requested) {
  const lang = (messages.lang = pickLocale(requested));
  if (lang === 'en') return lang;
  try {
    const res = await fetch(new URL(`locales/${lang}.json`, import.meta.url), { credentials: 'same-origin' });
    if (res.ok) messages.table = { ...EN, ...(await res.json()) };
    else messages.lang = 'en';
  } catch {
    messages.lang = 'en';
  }
  return messages.lang;
}

/** Adds a chunk's English messages (the panel brings its own) without replacing translations. */
export function addEnglish(added) {
  messages.extra = { ...added, ...messages.extra };
}

/** The message for key, with {0}, {1}… replaced by args. */
export function t(key, ...args) {
  const text = messages.table[key] ?? messages.extra[key] ?? EN[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** The locale in use. */
export function locale() {
  return messages.lang;
}

export const ENGLISH = EN;
