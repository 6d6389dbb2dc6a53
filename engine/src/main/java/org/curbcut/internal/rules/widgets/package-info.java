/**
 * Custom widgets built from generic elements, where real sites fail without an ACT rule to say so:
 * click handlers on elements keyboards cannot reach, popups without dialog semantics, disclosure
 * buttons without state, format rules without a hint. Messages in {@code messages.properties}.
 */
package org.curbcut.internal.rules.widgets;
