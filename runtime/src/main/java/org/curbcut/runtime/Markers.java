package org.curbcut.runtime;

/**
 * The {@code data-curbcut-*} attributes a repair writes so that the runtime adds behaviour the
 * markup cannot carry (keyboard handling, live state). The names here and in the script's
 * modules are one vocabulary; a test checks that the script reads every one.
 */
public final class Markers {
  private Markers() {}

  /** A click-only element: the runtime runs its click on Enter (and on Space for buttons). */
  public static final String ACTIVATE = "data-curbcut-activate";

  /** A disclosure button: the runtime keeps its {@code aria-expanded} true to the content shown. */
  public static final String DISCLOSURE = "data-curbcut-disclosure";

  /**
   * A custom widget an approved repair names, with its APG pattern as the value (for example
   * {@code tabs}, {@code listbox}): the runtime adds that pattern's keyboard behaviour.
   */
  public static final String WIDGET = "data-curbcut-widget";

  /** A popup the repairs found to be modal ({@code modal}): focus is kept in it while it shows. */
  public static final String POPUP = "data-curbcut-popup";

  /** The runtime's own controls (its shadow host); audits and repairs leave it alone. */
  public static final String UI = "data-curbcut-ui";
}
