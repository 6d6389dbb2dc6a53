// An APG menu button and its menu (w3.org/WAI/ARIA/apg/patterns/menu-button/): roving focus
// over the items, Home/End, type-ahead, Esc back to the button, Tab closes and moves on.

/**
 * Wires button + menu. `build(menu)` fills the menu with role=menuitem elements each time it
 * opens (so the list follows the page as it changes); `onOpen` runs after.
 */
export function menuButton(button, menu, build) {
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  menu.setAttribute('role', 'menu');
  menu.hidden = true;
  let typed = '';
  let typedAt = 0;

  const items = () => [...menu.querySelectorAll('[role=menuitem]')];
  const isOpen = () => !menu.hidden;

  function focusItem(item) {
    for (const i of items()) i.tabIndex = i === item ? 0 : -1;
    item?.focus();
  }

  function open(where) {
    build(menu);
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const list = items();
    focusItem(where === 'last' ? list[list.length - 1] : list[0]);
  }

  function close(refocus) {
    if (!isOpen()) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  }

  button.addEventListener('click', () => (isOpen() ? close(true) : open('first')));
  button.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      open(e.key === 'ArrowUp' ? 'last' : 'first');
    }
  });

  menu.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const list = items();
    const at = list.indexOf(e.target.closest('[role=menuitem]'));
    const move = (i) => { e.preventDefault(); focusItem(list[(i + list.length) % list.length]); };
    switch (e.key) {
      case 'ArrowDown': return move(at + 1);
      case 'ArrowUp': return move(at - 1);
      case 'Home': case 'PageUp': return move(0);
      case 'End': case 'PageDown': return move(list.length - 1);
      case 'Escape': e.preventDefault(); e.stopPropagation(); return close(true);
      case 'Tab': return close(false);
      case 'Enter': case ' ':
        e.preventDefault();
        if (at >= 0) list[at].click();
        return;
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) {
          e.preventDefault();
          const now = Date.now();
          typed = now - typedAt < 700 ? typed + e.key.toLowerCase() : e.key.toLowerCase();
          typedAt = now;
          const order = list.slice(at + 1).concat(list.slice(0, at + 1));
          const hit = order.find((i) => i.textContent.trim().toLowerCase().startsWith(typed)) ||
            order.find((i) => i.textContent.trim().toLowerCase().startsWith(typed[0]));
          if (hit) focusItem(hit);
        }
    }
  });

  // Focus leaving the menu (a click elsewhere, Tab) closes it without taking focus back.
  menu.addEventListener('focusout', (e) => {
    if (!menu.contains(e.relatedTarget) && e.relatedTarget !== button) close(false);
  });

  return { open, close, isOpen };
}
