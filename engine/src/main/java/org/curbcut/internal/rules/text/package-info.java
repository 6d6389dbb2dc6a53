/** Text alternatives and accessible names: images, links, buttons, form fields, frames. Messages in {@code messages.properties}. */
package org.curbcut.internal.rules.text;
