// The settings panel's own look: logical properties (right-to-left ready), sizes in rem (it grows
// with the visitor's text size), and the visitor's colour scheme, contrast, forced colours and
// reduced motion honoured in its own UI.
export const PANEL_CSS = `
:host { all: initial; }
dialog { box-sizing: border-box; position: fixed; inset-block: 1rem; inset-inline-start: auto; inset-inline-end: 1rem; margin: 0;
  inline-size: min(34rem, calc(100vw - 2rem)); max-block-size: calc(100vh - 2rem); overflow: auto; padding: 0 1rem 1rem;
  color-scheme: light dark; background: #fff; color: #1a1a1a; border: 2px solid #1a1a1a; border-radius: .5rem;
  font: 1rem/1.5 system-ui, "Segoe UI", Roboto, sans-serif; box-shadow: 0 .5rem 2rem rgb(0 0 0 / .35); }
dialog::backdrop { background: rgb(0 0 0 / .45); }
[hidden] { display: none !important; }
header { display: flex; align-items: center; justify-content: space-between; gap: .5rem; padding-block: .75rem .5rem;
  border-block-end: 1px solid #767676; }
h2 { font-size: 1.3rem; margin: 0; }
h3 { font-size: 1.1rem; margin-block: 1.5rem .5rem; }
p { margin-block: .5rem; }
fieldset { border: 1px solid #767676; border-radius: .25rem; margin-block: 1rem; margin-inline: 0; padding: .25rem .75rem .75rem; }
fieldset fieldset { margin-block: .75rem .25rem; }
legend { font-weight: 700; padding-inline: .25rem; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .5rem; margin-block: .5rem; }
.row > label { flex: 1 1 12rem; }
.hint { flex-basis: 100%; margin: 0; padding-inline-start: 1.75rem; font-size: .9rem; color: #4a4a4a; }
.field .hint, .presets .hint { padding-inline-start: 0; }
input[type=checkbox], input[type=radio] { inline-size: 1.25rem; block-size: 1.25rem; margin: 0; accent-color: #1a5fb4; flex: none; }
input[type=range] { flex: 1 1 10rem; accent-color: #1a5fb4; }
button, select, input[type=text], textarea { font: inherit; color: inherit; background: #fff; border: 1px solid #595959;
  border-radius: .25rem; padding: .35rem .65rem; min-block-size: 2.5rem; box-sizing: border-box; }
button { background: #f2f2f2; cursor: pointer; }
input[type=text], textarea { inline-size: 100%; }
textarea { min-block-size: 5rem; }
a { color: #1a5fb4; }
:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
h2:focus { outline-offset: 4px; }
.status:empty { display: none; }
.status { font-weight: 700; padding: .5rem; border-inline-start: 4px solid #1a5fb4; background: #eef3fb; }
.error { color: #b00020; font-weight: 700; margin-block: .25rem; }
.note { padding: .5rem; border-inline-start: 4px solid #767676; background: #f2f2f2; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem .75rem; margin-block: .5rem; }
dt { font-weight: 700; } dd { margin: 0; }
kbd { font: .95em ui-monospace, monospace; border: 1px solid #767676; border-radius: .2rem; padding: 0 .3rem; }
ul { padding-inline-start: 1.25rem; margin-block: .5rem; }
li { margin-block: .35rem; }
details { margin-block: 1rem; } summary { cursor: pointer; font-weight: 700; min-block-size: 1.5rem; }
footer { display: flex; justify-content: flex-end; margin-block-start: 1rem; }
@media (prefers-color-scheme: dark) {
  dialog { background: #1e1e1e; color: #f0f0f0; border-color: #f0f0f0; }
  button, select, input[type=text], textarea { background: #2b2b2b; border-color: #a8a8a8; }
  .hint { color: #cfcfcf; } .error { color: #ff9e9e; } a { color: #9ec5ff; }
  .status { background: #1d2a3d; border-color: #9ec5ff; } .note { background: #2b2b2b; }
  :focus-visible { outline-color: #9ec5ff; } input[type=checkbox], input[type=radio], input[type=range] { accent-color: #9ec5ff; }
}
@media (prefers-contrast: more) {
  dialog, fieldset, button, select, input[type=text], textarea, kbd { border-color: currentColor; }
  .hint { color: inherit; }
}
@media (forced-colors: active) {
  dialog, fieldset, button, select, input[type=text], textarea, kbd { border-color: CanvasText; }
  .status, .note { border-color: CanvasText; }
  :focus-visible { outline-color: Highlight; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after, dialog::backdrop { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
`;
