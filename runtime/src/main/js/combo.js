// Shortcut combinations ("Alt+1"): parsing, matching key events, and writing them the way
// aria-keyshortcuts spells them. Part of the core: the page-map shortcut needs it on every page.

const MODIFIERS = ['alt', 'ctrl', 'meta', 'shift'];

/** Parses "Alt+Shift+M" into { alt, ctrl, meta, shift, key }; null for "off" or nonsense. */
export function parseCombo(text) {
  if (!text || /^(off|none|false)$/i.test(text.trim())) return null;
  const parts = text.split('+').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const combo = { alt: false, ctrl: false, meta: false, shift: false, key: '' };
  for (const p of parts) {
    const m = p === 'control' ? 'ctrl' : p === 'option' ? 'alt' : p === 'cmd' ? 'meta' : p;
    if (MODIFIERS.includes(m)) combo[m] = true;
    else if (!combo.key && m.length === 1) combo.key = m;
    else return null;
  }
  return combo.key ? combo : null;
}

/** Writes a combination the way aria-keyshortcuts spells it ("Alt+1"). */
export function formatCombo(combo) {
  const mods = [combo.ctrl && 'Control', combo.alt && 'Alt', combo.shift && 'Shift', combo.meta && 'Meta'].filter(Boolean);
  return [...mods, combo.key.toUpperCase()].join('+');
}

// The key a physical key stands for without modifiers: Alt+1 gives "¡" on a Mac and Shift+1 gives
// "!", so digits and letters are read from event.code.
function baseKey(event) {
  const m = /^(?:Key([A-Z])|Digit(\d)|Numpad(\d))$/.exec(event.code || '');
  if (m) return (m[1] || m[2] || m[3]).toLowerCase();
  return (event.key || '').toLowerCase();
}

/** True when the event is exactly this combination (no other modifier held). */
export function matches(combo, event) {
  if (!combo) return false;
  return event.altKey === combo.alt && event.ctrlKey === combo.ctrl && event.metaKey === combo.meta &&
    event.shiftKey === combo.shift && baseKey(event) === combo.key;
}
