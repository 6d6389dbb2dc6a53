package org.curbcut.testkit;

/**
 * One {@code #data} section of an html5lib tree-construction file.
 *
 * @param file the {@code .dat} file, relative to {@code tree-construction/} with forward slashes
 *     (e.g. {@code tests1.dat}, {@code scripted/webkit01.dat})
 * @param index the position of the section in its file, from 1
 * @param html the input exactly as written (raw CR and NUL characters kept; the last newline dropped)
 */
public record Html5libDocument(String file, int index, String html) {

  /** {@code file#index}: names the document in messages and as a page's source. */
  public String name() {
    return file + "#" + index;
  }
}
