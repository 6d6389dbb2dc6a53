// State that must exist once per page. The core is shipped as one bundle (ADR 0015), and a module
// copied into it may also be loaded as its own file by a lazily loaded part (the panel, the page
// map, the widget patterns): both copies keep their state here, under one global symbol, so the
// panel sees the messages the core loaded and "turn off this site's fixes" undoes the widgets' too.
const KEY = Symbol.for('curbcut.page-state');

/** The named state of this page, made by init() the first time any copy asks for it. */
export function pageState(name, init) {
  const all = (globalThis[KEY] ??= {});
  return (all[name] ??= init());
}
