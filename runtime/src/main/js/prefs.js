// The visitor's settings: one localStorage key on the site's origin, nothing else (no cookie,
// nothing sent anywhere). Unknown or broken stored values are ignored, never thrown.

export const KEY = 'curbcut';
const VERSION = 1;

/** The stored settings, or {} when there are none (or storage is off or broken). */
export function load(storage = globalThis.localStorage) {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return {};
    const parsed = JSON.parse(raw);
    return parsed && parsed.v === VERSION && typeof parsed.settings === 'object' && parsed.settings ? parsed.settings : {};
  } catch {
    return {};
  }
}

/** Stores the settings; false when the browser refuses (private mode, quota). */
export function save(settings, storage = globalThis.localStorage) {
  try {
    storage.setItem(KEY, JSON.stringify({ v: VERSION, settings }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets everything the runtime stored. */
export function forget(storage = globalThis.localStorage) {
  try {
    storage.removeItem(KEY);
  } catch {
    /* nothing stored, nothing to forget */
  }
}
