/**
 * ARIA semantics of a page snapshot: computed roles (explicit with fallback tokens, implicit per
 * HTML-AAM, presentational conflict resolution), hidden-from-assistive-technology, focusability,
 * and the accessible name and description (accname 1.2) with where they came from. The standards
 * themselves are data in {@code org.curbcut.internal.standards}.
 */
package org.curbcut.internal.aria;
