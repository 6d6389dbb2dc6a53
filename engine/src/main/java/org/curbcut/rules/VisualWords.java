package org.curbcut.rules;

import java.util.List;

/**
 * Words that refer to shape, size, position or colour in the page's text ("the button on the
 * right"), which a person checks are not the only way instructions name what they mean.
 *
 * @param words the words found, lower case, in alphabetical order
 * @param passages how many passages hold one
 */
public record VisualWords(List<String> words, int passages) implements Diagnostic {
  public VisualWords {
    words = List.copyOf(words);
  }
}
