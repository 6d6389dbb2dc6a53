/**
 * What icons and link targets mean: icon classes and ligatures of the common icon sets (Font
 * Awesome, Bootstrap Icons, Material Icons/Symbols, Ionicons, Feather, Glyphicons) and well-known
 * brand domains, as data in {@code icon-names.json}. Used to draft names for icon-only links and
 * buttons; every such name needs review. The text of a page's other links to the same address
 * ({@code SameDestination}) is the name the page itself gives a destination; {@code ControlText} is
 * what a control shows besides one of its parts.
 */
package org.curbcut.internal.icons;
