package org.curbcut.cli;

import java.io.IOException;

/** An output curbcut will not write, and why (one line for a person, shown without the exception's name). */
final class OutputRefused extends IOException {
  private static final long serialVersionUID = 1L;

  OutputRefused(String message) {
    super(message);
  }
}
