/** ARIA usage: valid roles, states and properties, required context and owned elements, hidden focusable content. Messages in {@code messages.properties}. */
package org.curbcut.internal.rules.aria;
