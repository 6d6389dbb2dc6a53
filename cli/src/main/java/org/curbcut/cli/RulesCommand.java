package org.curbcut.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleCatalog;
import org.curbcut.rules.RuleMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code curbcut rules}: every rule with its id, ACT rule ids, WCAG criteria, level, impact and
 * description. JSON: an array of objects {@code {id, act, wcag, level, impact, description, help}}.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every rule: id, W3C ACT rule ids, WCAG success criteria, level, impact, description.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Rule> rules = RuleCatalog.all();
    switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "json" -> out.println(json(rules));
      case "text" -> text(rules, out);
      default -> throw new UsageError("unknown format '" + format + "' for rules (expected text or json)");
    }
    out.flush();
    return Main.OK;
  }

  private static String wcag(RuleMeta m) {
    return m.wcag().isEmpty() ? "-" : String.join(",", m.wcag());
  }

  static String json(List<Rule> rules) throws Exception {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Rule r : rules) {
      RuleMeta m = r.meta();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", m.id());
      o.put("act", m.act());
      o.put("wcag", m.wcag());
      o.put("level", m.level().label());
      o.put("impact", m.impact().label());
      o.put("description", m.description());
      o.put("help", m.help());
      list.add(o);
    }
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list);
  }

  private static void text(List<Rule> rules, PrintWriter out) {
    int idWidth = Math.max(4, rules.stream().mapToInt(r -> r.meta().id().length()).max().orElse(4));
    int wcagWidth = Math.max(4, rules.stream().mapToInt(r -> wcag(r.meta()).length()).max().orElse(4));
    String row = "%-" + idWidth + "s  %-13s  %-8s  %-" + wcagWidth + "s  %s%n";
    out.printf(Locale.ROOT, row, "RULE", "LEVEL", "IMPACT", "WCAG", "ACT");
    for (Rule r : rules) {
      RuleMeta m = r.meta();
      out.printf(Locale.ROOT, row, m.id(), m.level().label(), m.impact().label(), wcag(m),
          m.act().isEmpty() ? "-" : String.join(",", m.act()));
      out.println(" ".repeat(idWidth + 2) + m.description());
    }
    out.println();
    out.println(rules.size() + " rules. 'curbcut audit --rules ID,ID' runs only some; --exclude-rules leaves some out.");
  }
}
