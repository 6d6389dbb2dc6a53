package org.curbcut.internal.rules.structure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.ViewportSetting;
import org.curbcut.snapshot.Element;

/**
 * ACT b4f0c3 "Meta viewport allows for zoom".
 * Applicability: a {@code meta name="viewport"} element whose {@code content} sets
 * {@code user-scalable} or {@code maximum-scale}. Expectations: {@code user-scalable} does not
 * disable zoom (values {@code no}, unknown words and numbers between -1 and 1 do), and
 * {@code maximum-scale} is not below 2 (negative values are ignored by browsers).
 * Values are read as the CSS Device Adaptation translation of the viewport META element does.
 */
public final class MetaViewport implements Rule {
  static final MessageKey<ViewportSetting> USER_SCALABLE = MessageKey.of("user-scalable", ViewportSetting.class,
      d -> new Object[] {d.value()});
  static final MessageKey<ViewportSetting> MAXIMUM_SCALE = MessageKey.of("maximum-scale", ViewportSetting.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(MetaViewport.class, "meta-viewport",
      List.of("b4f0c3"), List.of("1.4.4"), Level.AA, Impact.CRITICAL)
      .withMessages(USER_SCALABLE, MAXIMUM_SCALE);
  private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.page().elements()) {
      if (!e.is("meta") || Markup.inTemplate(e) || !e.token("name").orElse("").equals("viewport")) continue;
      Map<String, String> props = parse(e.attrOr("content", ""));
      boolean hasScalable = props.containsKey("user-scalable");
      boolean hasMax = props.containsKey("maximum-scale");
      if (!hasScalable && !hasMax) continue;
      if (hasScalable) {
        double v = value(props.get("user-scalable"));
        if (Math.abs(v) < 1) {
          out.failed(e, USER_SCALABLE, new ViewportSetting("user-scalable", props.get("user-scalable")));
          continue;
        }
      }
      if (hasMax) {
        double v = value(props.get("maximum-scale"));
        if (v >= 0 && v < 2) {
          out.failed(e, MAXIMUM_SCALE, new ViewportSetting("maximum-scale", props.get("maximum-scale")));
          continue;
        }
      }
      out.passed(e);
    }
  }

  /** Properties of a viewport content value: separated by commas, semicolons or white space. */
  static Map<String, String> parse(String content) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : content.toLowerCase(Locale.ROOT).split("[,;]")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq <= 0) continue;
      out.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
    }
    return out;
  }

  /** The numeric value of a viewport property: yes=1, no=0, device-width/height=10, a leading number, else 0. */
  static double value(String v) {
    String s = v.strip();
    switch (s) {
      case "yes": return 1;
      case "no": return 0;
      case "device-width", "device-height": return 10;
      default:
        Matcher m = NUMBER.matcher(s);
        if (m.find()) {
          try {
            return Double.parseDouble(m.group());
          } catch (NumberFormatException ignored) {
            return 0;
          }
        }
        return 0;
    }
  }
}
