/**
 * Checks that several rule packages share (form fields, labels, ID references, template content).
 * Every rule package may use this package; it depends on no rule package (ArchitectureTest), so
 * the rule packages still do not depend on each other. What only one package uses stays there.
 */
package org.curbcut.internal.rules.commons;
