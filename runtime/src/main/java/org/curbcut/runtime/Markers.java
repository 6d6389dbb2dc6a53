package org.curbcut.runtime;

import java.util.List;

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
   * A custom widget an approved repair names, with its APG pattern as the value: {@code
   * menubutton}, {@code menu}, {@code menubar}, {@code disclosure-nav}, {@code tabs}, {@code
   * accordion}, {@code radiogroup}, {@code listbox}, {@code combobox} or {@code carousel}. The
   * runtime adds that pattern's keyboard behaviour; the roles and relationships are the repair's
   * own edits in the HTML.
   */
  public static final String WIDGET = "data-curbcut-widget";

  /** The values {@link #WIDGET} takes: the patterns the runtime has keyboard behaviour for. */
  public static final List<String> WIDGET_PATTERNS = List.of(
      "menubutton", "menu", "menubar", "disclosure-nav", "tabs", "accordion", "radiogroup", "listbox", "combobox", "carousel");

  /**
   * A part of a marked widget that roles cannot name, with the part as the value: {@code rotation}
   * (a carousel's own stop / start control, which the runtime activates to stop the rotation when
   * focus enters or the pointer hovers) and {@code slides} (the carousel's slide container, which
   * gets {@code aria-live}).
   */
  public static final String PART = "data-curbcut-part";

  /** A popup the repairs found to be modal ({@code modal}): focus is kept in it while it shows. */
  public static final String POPUP = "data-curbcut-popup";

  /** The runtime's own controls (its shadow host); audits and repairs leave it alone. */
  public static final String UI = "data-curbcut-ui";
}
