/** The language of a page's text, detected with Lingua, for repairing a missing or wrong {@code lang}. */
package org.curbcut.internal.lang;
