/**
 * The rule model, in the shape of the W3C ACT Rules Format: {@link org.curbcut.rules.Rule},
 * its {@link org.curbcut.rules.RuleMeta}, the four {@link org.curbcut.rules.Outcome}s, and the
 * catalogue of every rule ({@link org.curbcut.rules.RuleCatalog}). Rules live in sub-packages by
 * concern, each with its own {@code messages.properties}.
 *
 * <p>Each result ({@link org.curbcut.rules.RuleResult}) carries what the rule found as a typed
 * {@link org.curbcut.rules.Diagnostic} — one small record per kind of finding, such as
 * {@link org.curbcut.rules.RoleAttributes} or {@link org.curbcut.rules.ContrastRatio} — next to its
 * message, which a {@link org.curbcut.rules.MessageKey} constant formats from that diagnostic.
 */
package org.curbcut.rules;
