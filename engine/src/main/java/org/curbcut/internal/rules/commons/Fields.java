package org.curbcut.internal.rules.commons;

import org.curbcut.internal.standards.HtmlStandards;

/** What makes an element a form field a person fills in, as rules of several packages ask it. */
public final class Fields {
  private Fields() {}

  /**
   * True for the value of an input's {@code type} (trimmed, lower case; "" when absent) that makes
   * a field a person types or picks a value into: anything but hidden and the button types.
   */
  public static boolean isValueInputType(String type) {
    return !type.equals("hidden") && !HtmlStandards.get().isButtonInputType(type);
  }
}
