/** Document structure: language, title, headings, landmarks, bypass blocks, tables, lists, timing, media, keyboard order. Messages in {@code messages.properties}. */
package org.curbcut.internal.rules.structure;
