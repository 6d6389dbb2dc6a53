/**
 * The rule model, in the shape of the W3C ACT Rules Format: {@link org.curbcut.rules.Rule},
 * its {@link org.curbcut.rules.RuleMeta}, the four {@link org.curbcut.rules.Outcome}s, and the
 * catalogue of every rule ({@link org.curbcut.rules.RuleCatalog}). Rules live in sub-packages by
 * concern, each with its own {@code messages.properties}.
 */
package org.curbcut.rules;
