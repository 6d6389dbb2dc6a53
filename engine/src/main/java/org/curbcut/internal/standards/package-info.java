/**
 * Standards as data, in one place: WAI-ARIA 1.2 roles, states and properties, HTML element facts
 * (content categories, input types, the user-agent style sheet's blocks, autofill tokens), BCP 47
 * primary language subtags, CSS named colours, WCAG 2.1 success criteria, generic link texts
 * (F84), and HTML's ASCII whitespace tokeniser. Rules, ARIA semantics, the snapshot and the fixers read these; none
 * hard-codes its own copy (StandardsListsTest keeps it so).
 */
package org.curbcut.internal.standards;
