/**
 * Report formats for an {@link org.curbcut.audit.AuditReport}: text for people, JSON (stable
 * schema), SARIF 2.1.0, JUnit XML, EARL JSON-LD and a self-contained HTML report.
 */
package org.curbcut.report;
