/**
 * The audit facade: {@link org.curbcut.audit.Auditor} runs the rule catalogue over page snapshots
 * and turns outcomes into {@link org.curbcut.audit.Finding}s with selector, source line and snippet.
 */
package org.curbcut.audit;
