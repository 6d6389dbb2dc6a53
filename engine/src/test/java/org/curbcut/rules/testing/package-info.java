/**
 * Per-target assertions for rule tests, in the style of Siteimprove Alfa's: one HTML string in,
 * one rule run, one exact assertion per target.
 *
 * <pre>{@code
 * assertThat(audit(new ImageAlt(), "<img id=a src=x.png><img id=b src=y.png alt=Logo>"))
 *     .failed("#a", "missing")
 *     .passed("#b")
 *     .andNoOtherTargets();
 * }</pre>
 *
 * <p>These live in the engine's test tree, not in the testkit module: they need the engine's
 * types, and a module the engine's tests depend on cannot depend on the engine (Maven allows no
 * cycle). See docs/adr/0007.
 */
package org.curbcut.rules.testing;
