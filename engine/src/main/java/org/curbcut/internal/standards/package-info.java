/**
 * Standards as data, in one place: WAI-ARIA 1.2 roles, states and properties, HTML element facts
 * and WCAG 2.1 success criteria. Rules and ARIA semantics read these; none hard-codes its own lists.
 */
package org.curbcut.internal.standards;
