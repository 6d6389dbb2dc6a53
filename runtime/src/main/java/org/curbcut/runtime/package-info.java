/**
 * The visitor runtime as Java sees it: {@link org.curbcut.runtime.RuntimeScript} (the script's
 * files, version, Subresource Integrity hashes and the tag that loads it) and
 * {@link org.curbcut.runtime.Markers} (the {@code data-curbcut-*} attributes repairs write and
 * the script reads). The script itself is plain JavaScript, written in {@code src/main/js} and
 * shipped minified under {@code META-INF/resources/curbcut/}; docs/runtime.md describes what it does.
 */
package org.curbcut.runtime;
