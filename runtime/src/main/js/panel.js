// The settings panel, loaded on first open: an APG modal dialog (w3.org/WAI/ARIA/apg/patterns/
// dialog-modal/) made of native controls in a shadow root. It is a <dialog> opened with
// showModal(), so the browser itself makes the rest of the page inert; focus moves to its title,
// Tab and Shift+Tab wrap inside, Esc closes, and focus goes back to the control that opened it.
// Every change is stored (prefs.js) and applied (adjust.js) at once.
import { addEnglish, locale } from './i18n.js';
import { save, forget } from './prefs.js';
import { effectiveSettings } from './adjust.js';
import { siteFonts } from './adjust-css.js';
import { tabbables, nameOf } from './dom.js';
import { formatCombo, parseCombo } from './combo.js';
import { QUICK_KEYS, LETTER_TARGETS, effectiveQuickKeys } from './keys.js';
import { encode, decode, sanitize } from './settings-code.js';
import { PANEL_CSS } from './panel-style.js';

export const PANEL_ENGLISH = {
  close: 'Close',
  intro: 'These settings change how this site looks and works for you. They are kept in this browser only; nothing is sent anywhere.',
  srNote: 'Using a screen reader? Use its own heading and landmark keys; nothing to switch on here.',
  presets: 'Presets',
  presetsIntro: 'A preset ticks some of the settings below. Untick any of them you do not want.',
  presetMotion: 'Reduce motion and flashing',
  presetReading: 'Easier reading',
  presetLarger: 'Larger and clearer',
  presetKeyboard: 'Keyboard helpers',
  presetSets: 'Ticks: {0}',
  presetDone: 'Ticked: {0}.',
  text: 'Text',
  textSize: 'Text size',
  percent: '{0} %',
  lineHeight: 'Line height',
  letterSpacing: 'Letter spacing',
  wordSpacing: 'Word spacing',
  paragraphSpacing: 'Space after paragraphs',
  siteOwn: 'As the site sets it',
  times: '{0} × text size',
  wcagValue: '{0} × text size (WCAG 1.4.12)',
  font: 'Font',
  fontReadable: 'Readable system font',
  alignStart: 'Align text to the start of the line (no justified or centred text)',
  highlightHeadings: 'Highlight headings',
  highlightLinks: 'Highlight links (underline and outline)',
  colours: 'Colours',
  theme: 'Colour theme',
  themeNone: 'The site\'s colours',
  themeDark: 'Dark',
  themeLight: 'Light',
  themeContrast: 'High contrast',
  saturation: 'Colour strength',
  saturationNone: 'The site\'s colours',
  saturationLow: 'Low saturation',
  saturationHigh: 'High saturation',
  saturationMono: 'Monochrome',
  forcedNote: 'Your system\'s contrast theme is on, so it decides the colours. The colour settings are hidden.',
  motion: 'Motion and sound',
  stopAnimations: 'Stop animations',
  stopAnimationsHint: 'Also pauses videos that play by themselves and freezes GIF images.',
  muteMedia: 'Mute sound',
  muteMediaHint: 'Also sound that the page adds later.',
  aids: 'Reading aids',
  hideImages: 'Hide images',
  hideImagesHint: 'Shows each image\'s text description in its place.',
  readingGuide: 'Reading guide',
  readingGuideHint: 'A horizontal bar follows your mouse pointer.',
  readingMask: 'Reading mask',
  readingMaskHint: 'Dims the page above and below your mouse pointer.',
  focusHighlight: 'Strong focus highlight',
  bigCursor: 'Big mouse pointer',
  readAloudOptIn: 'Offer "read selection aloud"',
  readAloudHint: 'Adds a button to the page that reads the text you select with your browser\'s own voice. Esc stops it.',
  keyboard: 'Keyboard',
  quickKeys: 'Quick keys',
  quickKeysHint: 'Single letters move to the next heading, navigation, form field, button or image. They do nothing while you type, and screen readers keep these keys for themselves.',
  quickKeyLetters: 'Letters for quick keys',
  pageMapKey: 'Shortcut for the page map',
  keyDefault: '{0} (this site\'s default)',
  keyOff: 'Off',
  keysTitle: 'Keys',
  keysQuick: 'With quick keys on (Shift with a key goes back):',
  keyPageMap: 'Open the page map',
  qk_heading: 'Next heading',
  qk_navigation: 'Next navigation or menu bar',
  qk_field: 'Next form field',
  qk_button: 'Next button',
  qk_graphic: 'Next image',
  qk_level: 'Next heading at level {0}',
  system: 'Your system',
  followSystem: 'Follow my system settings',
  followSystemHint: 'Uses your device\'s reduced motion, contrast and dark mode settings on this site.',
  followNow: 'Following now: {0}.',
  followNothing: 'Your system asks for nothing this site can add right now.',
  followOff: 'Not following your system settings.',
  followMotion: 'reduced motion',
  followContrast: 'more contrast',
  followDark: 'dark mode',
  ownTools: 'Your own tools work on every site',
  toolZoom: 'Zoom: press Ctrl and + (Command and + on a Mac) to make everything bigger, Ctrl and 0 to reset.',
  toolContrast: 'Contrast: Windows Settings › Accessibility › Contrast themes; macOS System Settings › Accessibility › Display.',
  toolMotion: 'Motion: turn on "Reduce motion" (macOS, iOS), turn off "Animation effects" (Windows) or "Remove animations" (Android).',
  toolReader: 'Reading: your browser\'s reader view shows just the text, with your choice of font and spacing.',
  toolTranslate: 'Translation: your browser can translate this page.',
  toolScreenReader: 'Screen reading: NVDA, JAWS and Narrator (Windows), VoiceOver (Apple), TalkBack (Android) read every site.',
  yourSettings: 'Your settings',
  forget: 'Forget my settings',
  forgotten: 'Your settings are forgotten. The site looks as it was made.',
  notStored: 'This browser does not let the site keep settings; they last until you leave the page.',
  exportCode: 'Show my settings code',
  codeLabel: 'Your settings code',
  codeHint: 'Copy it to use the same settings on another site that uses Curbcut. It holds only these settings.',
  copy: 'Copy',
  copied: 'The settings code is copied.',
  copyFailed: 'Copying did not work: select the code and copy it yourself.',
  importLabel: 'Settings code from another site',
  importCode: 'Use this code',
  imported: 'The settings from the code are on.',
  badCode_empty: 'Paste a settings code first.',
  badCode_prefix: 'This is not a settings code: a code starts with CC1-.',
  badCode_version: 'This code comes from a newer version of Curbcut, which this site does not have yet.',
  badCode_garbled: 'This code is damaged or incomplete. Copy it again, all of it.',
  changed: 'What this site changed',
  changedNone: 'This site\'s fixes changed nothing on this page.',
  changedIntro: 'This site fixed these parts of the page for keyboard and screen-reader use:',
  changedOff: 'These fixes are turned off now.',
  change: '{0}: {1} (WCAG {2})',
  fixesOff: 'Turn off this site\'s fixes',
  fixesOffHint: 'Shows the page as the site sent it.',
  fixesSiteOff: 'This site has its fixes turned off.',
  rule_click_target_keyboard: 'Made a clickable element work with the keyboard',
  rule_disclosure_state: 'Said whether a section is open or closed',
  rule_modal_dialog_focus: 'Kept keyboard focus in a dialog',
  report: 'Report a problem',
  reportLabel: 'What went wrong?',
  reportHint: 'Goes to this site\'s owner with this page\'s address, and nothing else.',
  reportSend: 'Send report',
  reportEmpty: 'Describe the problem first.',
  reportSent: 'Thank you. Your report was sent.',
  reportFailed: 'The report could not be sent. Please try again later.',
  reportMail: 'Report a problem by email',
  reportSubject: 'Accessibility problem: {0}',
};
addEnglish(PANEL_ENGLISH);

/** Presets, named by what they do: each only ticks visible settings (numbers at least this much). */
export const PRESETS = {
  presetMotion: { stopAnimations: true, muteMedia: true },
  presetReading: { lineHeight: 1.5, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, font: 'readable', alignStart: true },
  presetLarger: { textSize: 150, highlightHeadings: true, highlightLinks: true, bigCursor: true },
  presetKeyboard: { focusHighlight: true, quickKeys: true },
};

const SPACINGS = {
  lineHeight: [1.5, 1.8, 2],
  letterSpacing: [0.12, 0.2, 0.3],
  wordSpacing: [0.16, 0.32, 0.5],
  paragraphSpacing: [2, 3],
};
const OTHER_KEYS = ['Alt+Shift+M', 'Control+Alt+M', 'Alt+Shift+1'];

let current = null; // the open panel

/** Opens the panel (a second call while it is open does nothing). */
export function openPanel(api) {
  if (!current) current = new Panel(api);
}

class Panel {
  constructor(api) {
    this.api = api;
    const doc = (this.doc = api.doc);
    this.t = api.t;
    this.h = (tag, attrs, ...kids) => element(doc, tag, attrs, kids);
    this.fields = new Map(); // setting → { get, set, label }
    this.host = doc.createElement('div');
    this.host.setAttribute('data-curbcut-ui', 'panel');
    this.root = this.host.attachShadow({ mode: 'open' });
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
    this.root.adoptedStyleSheets = [sheet];
    this.build();
    doc.body.append(this.host);
    this.show(api.settings());
    this.dialog.showModal();
    this.title.focus();
  }

  build() {
    const { h, t } = this;
    const doc = this.doc;
    const win = doc.defaultView;
    this.title = h('h2', { id: 'title', tabindex: '-1' }, t('settings'));
    this.status = h('p', { class: 'status', role: 'status' });
    const form = h('form', { novalidate: true },
      h('header', {}, this.title, this.closeButton()),
      h('p', {}, t('intro')),
      h('p', { class: 'note' }, t('srNote')),
      this.status,
      this.presets(),
      this.textSection(),
      this.colourSection(),
      this.group('motion', [this.check('stopAnimations', 'stopAnimationsHint'), this.check('muteMedia', 'muteMediaHint')]),
      this.group('aids', [
        this.check('hideImages', 'hideImagesHint'), this.check('readingGuide', 'readingGuideHint'),
        this.check('readingMask', 'readingMaskHint'), this.check('focusHighlight'), this.check('bigCursor'),
        'speechSynthesis' in win && this.check('readAloud', 'readAloudHint', 'readAloudOptIn'),
      ]),
      this.keyboardSection(),
      this.systemSection(),
      this.settingsSection(),
      this.changesSection(),
      this.reportSection(),
      h('footer', {}, this.closeButton()));
    form.addEventListener('submit', (e) => e.preventDefault());
    // Range moves apply while dragging; everything else on change.
    form.addEventListener('input', (e) => { if (e.target.type === 'range') this.changed(e.target); });
    form.addEventListener('change', (e) => this.changed(e.target));
    this.dialog = h('dialog', { 'aria-labelledby': 'title', dir: doc.documentElement.dir || getComputedStyle(doc.documentElement).direction || 'ltr' }, form);
    this.dialog.lang = locale(); // the panel's language, which may not be the page's
    this.dialog.addEventListener('keydown', (e) => this.key(e));
    this.dialog.addEventListener('close', () => this.closed());
    this.forced = win.matchMedia('(forced-colors: active)');
    this.onForced = () => this.forcedColours();
    this.forced.addEventListener('change', this.onForced);
    for (const [hint, values] of this.presetHints) hint.textContent = this.t('presetSets', this.labels(values));
    this.root.append(this.dialog);
    this.forcedColours();
  }

  closeButton() {
    const b = this.h('button', { type: 'button' }, this.t('close'));
    b.addEventListener('click', () => this.dialog.close());
    return b;
  }

  // --- keys, focus, closing -----------------------------------------------------------------

  key(e) {
    e.stopPropagation(); // keys typed here are the panel's: no page shortcut or quick key fires
    // WebKitGTK reports Shift+Tab as key "Unidentified" (code "Tab").
    if ((e.key !== 'Tab' && e.code !== 'Tab') || e.altKey || e.ctrlKey || e.metaKey) return;
    const stops = tabbables(this.dialog);
    const at = stops.indexOf(this.root.activeElement);
    if (!stops.length) return e.preventDefault();
    if (e.shiftKey ? at <= 0 : at === stops.length - 1) {
      e.preventDefault();
      stops[e.shiftKey ? stops.length - 1 : 0].focus();
    }
  }

  closed() {
    this.forced.removeEventListener('change', this.onForced);
    this.host.remove();
    current = null;
    const { opener } = this.api;
    if (opener && opener.isConnected) opener.focus();
  }

  // --- settings in and out of the controls ----------------------------------------------------

  /** Puts the settings into the controls and refreshes what depends on them. */
  show(settings) {
    this.settings = settings;
    for (const [key, f] of this.fields) f.set(settings[key]);
    this.refresh();
  }

  /** The settings the controls say, keeping any the panel has no control for. */
  read() {
    const next = { ...this.settings };
    for (const [key, f] of this.fields) {
      const v = f.get();
      if (v === undefined) delete next[key];
      else next[key] = v;
    }
    return sanitize(next);
  }

  changed(target) {
    if (!this.fields.has(target.name)) return; // the code and report fields are not settings
    this.commit(this.read());
  }

  commit(next) {
    this.settings = next;
    if (!save(next)) this.say(this.t('notStored'));
    this.api.update(next);
    this.refresh();
  }

  say(text) {
    this.status.textContent = text;
  }

  refresh() {
    const size = this.root.getElementById('textSize');
    size.setAttribute('aria-valuetext', this.t('percent', size.value));
    this.root.getElementById('textSize-out').textContent = this.t('percent', size.value);
    this.followStatus();
    this.keysHelp();
    this.changesList();
  }

  forcedColours() {
    const forced = this.forced.matches;
    this.root.getElementById('colours').hidden = forced;
    this.root.getElementById('forced-note').hidden = !forced;
  }

  // --- controls -------------------------------------------------------------------------------

  group(legendKey, rows, attrs = {}) {
    return this.h('fieldset', attrs, this.h('legend', {}, this.t(legendKey)), rows);
  }

  check(key, hintKey, labelKey = key) {
    const { h, t } = this;
    const input = h('input', { type: 'checkbox', id: key, name: key, 'aria-describedby': hintKey && `${key}-hint` });
    const inverted = key === 'followSystem'; // on unless turned off
    this.fields.set(key, {
      label: t(labelKey),
      get: () => (inverted ? (input.checked ? undefined : false) : input.checked || undefined),
      set: (v) => { input.checked = inverted ? v !== false : !!v; },
    });
    return h('div', { class: 'row' }, input, h('label', { for: key }, t(labelKey)), hintKey && h('p', { class: 'hint', id: `${key}-hint` }, t(hintKey)));
  }

  select(key, options, { numeric = false, label = this.t(key), fallback = '' } = {}) {
    const { h } = this;
    const select = h('select', { id: key, name: key }, options.map(([value, text]) => h('option', { value }, text)));
    this.fields.set(key, {
      label,
      get: () => (select.value === '' ? undefined : numeric ? Number(select.value) : select.value),
      set: (v) => { select.value = v == null ? '' : String(v); if (select.selectedIndex < 0) select.value = fallback; },
    });
    return h('div', { class: 'row field' }, h('label', { for: key }, label), select);
  }

  radios(key, options) {
    const { h, t } = this;
    const inputs = options.map(([value, textKey]) => {
      const id = `${key}-${value || 'none'}`;
      const input = h('input', { type: 'radio', id, name: key, value });
      return [input, h('div', { class: 'row' }, input, h('label', { for: id }, t(textKey)))];
    });
    this.fields.set(key, {
      label: t(key),
      get: () => inputs.map(([i]) => i).find((i) => i.checked)?.value || undefined,
      set: (v) => { for (const [i] of inputs) i.checked = i.value === (v || ''); },
    });
    return this.group(key, inputs.map(([, row]) => row));
  }

  presets() {
    const { h, t } = this;
    const rows = Object.entries(PRESETS).map(([key, values]) => {
      const button = h('button', { type: 'button', 'aria-describedby': `${key}-hint` }, t(key));
      const hint = h('p', { class: 'hint', id: `${key}-hint` });
      button.addEventListener('click', () => this.preset(values));
      this.presetHints = [...(this.presetHints || []), [hint, values]];
      return h('div', { class: 'row presets' }, button, hint);
    });
    return h('section', { 'aria-labelledby': 'presets-title' }, h('h3', { id: 'presets-title' }, t('presets')), h('p', {}, t('presetsIntro')), rows);
  }

  labels(values) {
    return Object.keys(values).map((k) => this.fields.get(k)?.label).filter(Boolean).join(', ');
  }

  preset(values) {
    const next = { ...this.read() };
    for (const [key, v] of Object.entries(values)) {
      if (typeof v === 'number') next[key] = Math.max(Number(next[key]) || 0, v);
      else if (next[key] == null || next[key] === false) next[key] = v;
    }
    this.show(next);
    this.commit(this.read());
    this.say(this.t('presetDone', this.labels(values)));
  }

  textSection() {
    const { h, t } = this;
    const range = h('input', { type: 'range', id: 'textSize', name: 'textSize', min: '100', max: '200', step: '10', value: '100' });
    this.fields.set('textSize', {
      label: t('textSize'),
      get: () => (Number(range.value) > 100 ? Number(range.value) : undefined),
      set: (v) => { range.value = String(v || 100); },
    });
    const spacing = Object.entries(SPACINGS).map(([key, values]) => this.select(key,
      [['', t('siteOwn')], ...values.map((v, i) => [String(v), t(i ? 'times' : 'wcagValue', v.toLocaleString(locale()))])], { numeric: true }));
    const fonts = siteFonts(this.api.config, this.doc).map((f) => [f.name, f.name]);
    return this.group('text', [
      h('div', { class: 'row field' }, h('label', { for: 'textSize' }, t('textSize')), range, h('output', { id: 'textSize-out', for: 'textSize' })),
      spacing,
      // a font this site does not offer (from another site's code) becomes the readable system font
      this.select('font', [['', t('siteOwn')], ['readable', t('fontReadable')], ...fonts], { fallback: 'readable' }),
      this.check('alignStart'), this.check('highlightHeadings'), this.check('highlightLinks'),
    ]);
  }

  colourSection() {
    const { h, t } = this;
    return h('div', {},
      this.group('colours', [
        this.radios('theme', [['', 'themeNone'], ['dark', 'themeDark'], ['light', 'themeLight'], ['contrast', 'themeContrast']]),
        this.radios('saturation', [['', 'saturationNone'], ['low', 'saturationLow'], ['high', 'saturationHigh'], ['mono', 'saturationMono']]),
      ], { id: 'colours' }),
      h('p', { class: 'note', id: 'forced-note', hidden: true }, t('forcedNote')));
  }

  keyboardSection() {
    const { h, t } = this;
    const { config } = this.api;
    const def = parseCombo(config.pageMapKey);
    const keys = [['', t('keyDefault', def ? formatCombo(def) : t('keyOff'))],
      ...OTHER_KEYS.filter((k) => !def || formatCombo(parseCombo(k)) !== formatCombo(def)).map((k) => [k, formatCombo(parseCombo(k))]),
      ...(def ? [['off', t('keyOff')]] : [])];
    this.help = h('div', { id: 'keys' });
    return this.group('keyboard', [
      this.check('quickKeys', 'quickKeysHint'),
      this.quickLetters(),
      config.pageMap && this.select('pageMapKey', keys),
      h('h3', { id: 'keys-title' }, t('keysTitle')),
      this.help,
    ]);
  }

  /**
   * One select per quick-key target: its letter, or off. Picking a letter another target has
   * swaps the two, so no letter ever does two things.
   */
  quickLetters() {
    const { h, t } = this;
    const defaults = Object.fromEntries(Object.entries(QUICK_KEYS).map(([k, target]) => [target, k]));
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const selects = new Map(LETTER_TARGETS.map((target) => [target, h('select', { id: `qk-${target}`, name: 'quickKeyMap' },
      letters.map((k) => h('option', { value: k }, k.toUpperCase())), h('option', { value: 'off' }, t('keyOff')))]));
    const values = () => Object.fromEntries([...selects].map(([target, select]) => [target, select.value]));
    let was = { ...defaults };
    for (const [target, select] of selects) {
      select.addEventListener('change', () => { // runs before the panel's own change handler reads them
        for (const [other, o] of selects) if (other !== target && select.value !== 'off' && o.value === select.value) o.value = was[target];
        was = values();
      });
    }
    this.fields.set('quickKeyMap', {
      label: t('quickKeyLetters'),
      get: () => {
        const map = {};
        const taken = new Set([...selects.values()].map((o) => o.value));
        for (const [target, { value }] of selects) {
          if (value === defaults[target]) continue;
          if (value !== 'off') map[value] = target;
          else if (!taken.has(defaults[target])) map[defaults[target]] = 'off'; // unless another target has that letter now
        }
        return Object.keys(map).length ? map : undefined;
      },
      set: (map) => {
        const keys = effectiveQuickKeys(map);
        for (const [target, select] of selects) select.value = Object.keys(keys).find((k) => keys[k] === target) || 'off';
        was = values();
      },
    });
    return this.group('quickKeyLetters', [...selects].map(([target, select]) => h('div', { class: 'row field' },
      h('label', { for: select.id }, t('qk_' + target)), select)));
  }

  keysHelp() {
    const { h, t } = this;
    const s = this.settings;
    const row = (key, text) => [h('dt', {}, h('kbd', {}, key)), h('dd', {}, text)];
    const map = this.api.config.pageMap && parseCombo(s.pageMapKey ?? this.api.config.pageMapKey);
    const what = (target) => (/^heading\d$/.test(target) ? t('qk_level', target.slice(7)) : t('qk_' + target));
    // Letters first: digit keys come first in an object's own order.
    const entries = Object.entries(effectiveQuickKeys(s.quickKeyMap)).sort(([a], [c]) => /\d/.test(a) - /\d/.test(c));
    const quick = entries.map(([key, target]) => row(key.toUpperCase(), what(target)));
    this.help.replaceChildren(
      map ? h('dl', {}, row(formatCombo(map), t('keyPageMap'))) : null,
      h('p', {}, t('keysQuick')),
      h('dl', {}, quick.flat()));
  }

  systemSection() {
    const { h, t } = this;
    this.follow = h('p', { class: 'hint', id: 'follow-now' });
    const tools = ['toolZoom', 'toolContrast', 'toolMotion', 'toolReader', 'toolTranslate', 'toolScreenReader'];
    return this.group('system', [
      this.check('followSystem', 'followSystemHint'),
      this.follow,
      h('details', {}, h('summary', {}, t('ownTools')), h('ul', {}, tools.map((k) => h('li', {}, t(k))))),
    ]);
  }

  followStatus() {
    const t = this.t;
    if (this.settings.followSystem === false) return void (this.follow.textContent = t('followOff'));
    const mine = { ...this.settings };
    const eff = effectiveSettings(this.doc, mine);
    const adds = [];
    if (eff.stopAnimations && !mine.stopAnimations) adds.push(t('followMotion'));
    if (eff.theme && !mine.theme) adds.push(t(eff.theme === 'contrast' ? 'followContrast' : 'followDark'));
    this.follow.textContent = adds.length ? t('followNow', adds.join(', ')) : t('followNothing');
  }

  settingsSection() {
    const { h, t } = this;
    const forgetButton = h('button', { type: 'button' }, t('forget'));
    forgetButton.addEventListener('click', () => {
      forget();
      this.show({});
      this.api.update({});
      this.say(t('forgotten'));
    });
    const code = h('input', { type: 'text', id: 'code', readonly: true, 'aria-describedby': 'code-hint', spellcheck: 'false' });
    const copy = h('button', { type: 'button' }, t('copy'));
    const shown = h('div', { hidden: true },
      h('div', { class: 'row field' }, h('label', { for: 'code' }, t('codeLabel')), code),
      h('p', { class: 'hint', id: 'code-hint' }, t('codeHint')), h('div', { class: 'row' }, copy));
    const exportButton = h('button', { type: 'button' }, t('exportCode'));
    exportButton.addEventListener('click', () => {
      code.value = encode(this.settings);
      shown.hidden = false;
      code.focus();
      code.select();
    });
    copy.addEventListener('click', () => {
      const clip = this.doc.defaultView.navigator.clipboard;
      (clip ? clip.writeText(code.value) : Promise.reject(new Error('no clipboard')))
        .then(() => this.say(t('copied')), () => { code.focus(); code.select(); this.say(t('copyFailed')); });
    });
    const paste = h('input', { type: 'text', id: 'import', 'aria-describedby': 'import-error', spellcheck: 'false', autocomplete: 'off' });
    const error = h('p', { class: 'error', id: 'import-error' });
    const use = h('button', { type: 'button' }, t('importCode'));
    const doImport = () => {
      const { settings, error: why } = decode(paste.value);
      if (why) {
        paste.setAttribute('aria-invalid', 'true');
        error.textContent = t('badCode_' + why);
        this.say(error.textContent);
        paste.focus();
        return;
      }
      paste.removeAttribute('aria-invalid');
      error.textContent = '';
      const next = { ...settings, ...(this.settings.fixesOff ? { fixesOff: true } : {}) };
      this.show(next);
      this.commit(this.read());
      this.say(t('imported'));
    };
    use.addEventListener('click', doImport);
    paste.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); doImport(); } });
    return h('section', { 'aria-labelledby': 'settings-title' },
      h('h3', { id: 'settings-title' }, t('yourSettings')),
      h('div', { class: 'row' }, forgetButton, exportButton),
      shown,
      h('div', { class: 'row field' }, h('label', { for: 'import' }, t('importLabel')), paste),
      error,
      h('div', { class: 'row' }, use));
  }

  changesSection() {
    const { h, t } = this;
    this.changes = h('div', {});
    const site = this.api.config.fixes;
    return h('section', { 'aria-labelledby': 'changed-title' },
      h('h3', { id: 'changed-title' }, t('changed')),
      this.changes,
      site ? this.check('fixesOff', 'fixesOffHint') : h('p', {}, t('fixesSiteOff')));
  }

  changesList() {
    const { h, t } = this;
    const list = this.api.journal.changes();
    if (!list.length) return this.changes.replaceChildren(h('p', {}, t('changedNone')));
    const rule = (id) => { const key = 'rule_' + id.replace(/-/g, '_'); const text = t(key); return text === key ? id : text; };
    this.changes.replaceChildren(
      h('p', {}, t('changedIntro')),
      h('ul', {}, list.map((c) => h('li', {}, t('change', rule(c.rule), describe(c.element, t), c.wcag)))),
      this.settings.fixesOff || !this.api.journal.fixesOn() ? h('p', {}, t('changedOff')) : null);
  }

  reportSection() {
    const { h, t } = this;
    const { config } = this.api;
    const win = this.doc.defaultView;
    const url = sameOrigin(config.report, this.doc);
    const mail = /^[^\s@"<>]+@[^\s@"<>]+$/.test(config.reportMail || '') ? config.reportMail : '';
    if (!url && !mail) return null;
    const title = h('h3', { id: 'report-title' }, t('report'));
    if (!url) {
      const page = win.location.href.split('#')[0];
      const href = `mailto:${mail}?subject=${encodeURIComponent(t('reportSubject', this.doc.title || page))}&body=${encodeURIComponent(page + '\n\n')}`;
      return h('section', { 'aria-labelledby': 'report-title' }, title, h('p', {}, h('a', { href }, t('reportMail'))));
    }
    const text = h('textarea', { id: 'report-text', 'aria-describedby': 'report-hint report-error' });
    const error = h('p', { class: 'error', id: 'report-error' });
    const send = h('button', { type: 'button' }, t('reportSend'));
    send.addEventListener('click', () => {
      const message = text.value.trim();
      if (!message) {
        text.setAttribute('aria-invalid', 'true');
        error.textContent = t('reportEmpty');
        text.focus();
        return;
      }
      text.removeAttribute('aria-invalid');
      error.textContent = '';
      win.fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ page: win.location.href.split('#')[0], message }) })
        .then((res) => { if (!res.ok) throw new Error(String(res.status)); text.value = ''; this.say(t('reportSent')); })
        .catch(() => this.say(t('reportFailed')));
    });
    return h('section', { 'aria-labelledby': 'report-title' }, title,
      h('div', { class: 'row field' }, h('label', { for: 'report-text' }, t('reportLabel')), text),
      h('p', { class: 'hint', id: 'report-hint' }, t('reportHint')), error, h('div', { class: 'row' }, send));
  }
}

/** A new element: attributes (true = present, null/false = absent) and children, nested lists flattened. */
function element(doc, tag, attrs = {}, kids = []) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null && v !== false) el.setAttribute(k, v === true ? '' : v);
  el.append(...kids.flat(Infinity).filter((k) => k != null && k !== false));
  return el;
}

/** The report address when it is on the page's own origin (R9: nothing goes anywhere else). */
export function sameOrigin(address, doc) {
  if (!address) return '';
  try {
    const url = new URL(address, doc.baseURI);
    return url.origin === doc.defaultView.location.origin ? url.href : '';
  } catch {
    return '';
  }
}

/** A short description of a page element for "What this site changed": tag, role, name. */
function describe(el, t) {
  const role = el.getAttribute('role');
  const name = nameOf(el);
  return `<${el.localName}${role ? ` role="${role}"` : ''}>${name ? ` “${name.slice(0, 60)}”` : ` ${t('unnamed')}`}`;
}
