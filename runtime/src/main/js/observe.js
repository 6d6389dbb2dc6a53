// One MutationObserver for the whole page, its records batched per animation frame, so that
// content added later (single-page apps) gets the same treatment and idle pages cost nothing.

const ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'role', 'aria-modal', 'aria-hidden', 'aria-expanded', 'data-curbcut-activate', 'data-curbcut-disclosure', 'data-curbcut-widget', 'data-curbcut-popup'];

/** Starts observing; each listener gets { added: Element[], changed: Element[] } once per frame. */
export function observe(doc, listeners) {
  let added = new Set();
  let changed = new Set();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = { added: [...added], changed: [...changed] };
    added = new Set();
    changed = new Set();
    for (const listen of listeners) {
      try {
        listen(batch);
      } catch (err) {
        // One failing feature must not stop the others (or the page).
        console.error('curbcut:', err);
      }
    }
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') for (const n of r.addedNodes) { if (n.nodeType === 1 && !n.hasAttribute('data-curbcut-ui')) added.add(n); }
      else changed.add(r.target);
    }
    if (!scheduled && (added.size || changed.size)) {
      scheduled = true;
      requestAnimationFrame(flush);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
  return observer;
}
