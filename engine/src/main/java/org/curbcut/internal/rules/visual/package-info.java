/** What CSS decides: contrast, text spacing, zoom, orientation, visible labels. Messages in {@code messages.properties}. */
package org.curbcut.internal.rules.visual;
