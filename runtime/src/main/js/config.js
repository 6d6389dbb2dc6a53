// Configuration from data- attributes on the runtime's own <script> tag; no attribute means the
// default. Unknown values fall back to the default rather than breaking the page.
import { parseCombo } from './combo.js';

const DEFAULTS = {
  skip: true,
  pageMap: true,
  pageMapKey: 'Alt+1',
  launcher: true,
  main: '',
  lang: '',
  report: '',
  reportMail: '',
  fixes: true,
  fonts: '',
};

/** The <script> element that loaded this module, if it can be found. */
export function ownScript(doc, moduleUrl) {
  return [...doc.querySelectorAll('script[src]')].find((s) => s.src === moduleUrl) || null;
}

const onOff = (v, d) => (v == null ? d : !/^(off|false|no|0)$/i.test(v.trim()));

/** The configuration read from the tag's data- attributes. */
export function readConfig(script) {
  const d = script ? script.dataset : {};
  const key = d.pageMapKey ?? DEFAULTS.pageMapKey;
  return {
    skip: onOff(d.skip, DEFAULTS.skip),
    pageMap: onOff(d.pageMap, DEFAULTS.pageMap),
    pageMapKey: parseCombo(key) ? key : (/^(off|none|false)$/i.test(key.trim()) ? 'off' : DEFAULTS.pageMapKey),
    launcher: onOff(d.launcher, DEFAULTS.launcher),
    main: d.main || DEFAULTS.main,
    lang: d.lang || DEFAULTS.lang,
    report: d.report || DEFAULTS.report,
    reportMail: d.reportMail || DEFAULTS.reportMail,
    fixes: onOff(d.fixes, DEFAULTS.fixes),
    fonts: d.fonts || DEFAULTS.fonts, // "Name=/same-origin/file.woff2, Name" (adjust.siteFonts)
  };
}
