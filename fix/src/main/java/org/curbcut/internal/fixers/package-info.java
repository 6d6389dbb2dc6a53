/**
 * One fixer per rule: each turns a failed result into explicit edits, says where the value came
 * from and how sure it is, or explains why a person must repair it. {@link
 * org.curbcut.internal.fixers.Fixers#all} lists them.
 */
package org.curbcut.internal.fixers;
