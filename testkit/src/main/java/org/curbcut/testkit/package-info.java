/**
 * Test support shared by every module: {@link org.curbcut.testkit.SharedData} finds the shared
 * corpora and the project root, {@link org.curbcut.testkit.Html5libCorpus} reads the html5lib
 * tree-construction documents. Nothing here depends on a Curbcut module (the engine's tests use
 * it, and Maven allows no cycle); assertions that need engine types live in the engine's test tree.
 */
package org.curbcut.testkit;
