package org.curbcut.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Maven modules, what each may depend on, and which module a class comes from (read from
 * where its class file was loaded: {@code engine/target/classes/} or {@code curbcut-engine-….jar}).
 * The module plan is docs/adr/0007; this table is its executable half.
 */
final class Modules {
  private Modules() {}

  /** Each module and the modules it may depend on (besides itself), in build order. */
  static final Map<String, Set<String>> MAY_DEPEND_ON = new LinkedHashMap<>();

  static {
    MAY_DEPEND_ON.put("testkit", Set.of());
    MAY_DEPEND_ON.put("runtime", Set.of());                       // the browser script (a jar resource)
                                                                  // and the data-curbcut-* vocabulary
    MAY_DEPEND_ON.put("engine", Set.of());
    MAY_DEPEND_ON.put("fix", Set.of("engine", "runtime"));        // fixers write the runtime's markers
    MAY_DEPEND_ON.put("cli", Set.of("engine", "fix"));
    MAY_DEPEND_ON.put("bench", Set.of("engine", "fix", "runtime", "testkit"));

    // The coming modules get their fence here the day they arrive (docs/adr/0007): add the line,
    // add the module to bench's POM in test scope so this test sees its classes, and check that
    // its libraries' homes in ArchitectureTest.HOMES and PomFencesTest.HOMES are right. Until then
    // the build fails on it (PomFencesTest.everyModuleOfTheBuildIsFenced).
    //
    // MAY_DEPEND_ON.put("render", Set.of("engine"));                // implements the engine's renderer
    //                                                               // interface; no module lists "render":
    //                                                               // they load it at runtime scope
    // MAY_DEPEND_ON.put("servlet", Set.of("engine", "fix", "runtime"));  // a filter: no Jetty, no Javalin
    // MAY_DEPEND_ON.put("monitor", Set.of("engine", "fix"));        // crawl, schedule, store; no socket
    // MAY_DEPEND_ON.put("server", Set.of("engine", "fix", "runtime", "monitor"));  // proxy, API, dashboard:
    //                                                               // the only module that listens
    // MAY_DEPEND_ON.put("spark", Set.of("engine", "fix"));          // Spark provided
    // MAY_DEPEND_ON.put("cli", Set.of("engine", "fix", "server", "monitor"));
    // MAY_DEPEND_ON.put("bench", Set.of(...every module it measures..., "testkit"));
  }

  private static final Pattern CLASSES_DIR = Pattern.compile("/([a-z]+)/target/classes/");
  private static final Pattern JAR = Pattern.compile("/curbcut-([a-z]+)-[^/]*\\.jar!/");

  /** The module a class was loaded from; empty for a class that is not ours. */
  static Optional<String> of(JavaClass c) {
    if (c.getSource().isEmpty()) return Optional.empty();
    String uri = c.getSource().get().getUri().toString();
    Matcher m = CLASSES_DIR.matcher(uri);
    if (m.find()) return Optional.of(m.group(1));
    m = JAR.matcher(uri);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Classes of one of these modules. */
  static DescribedPredicate<JavaClass> in(Set<String> modules) {
    return DescribedPredicate.describe("in module " + String.join(" or ", modules),
        c -> of(c).map(modules::contains).orElse(false));
  }

  static DescribedPredicate<JavaClass> in(String module) {
    return in(Set.of(module));
  }

  /** Classes of none of these modules. */
  static DescribedPredicate<JavaClass> outside(Set<String> modules) {
    return DescribedPredicate.describe("outside module " + String.join(" and ", modules),
        c -> of(c).map(m -> !modules.contains(m)).orElse(false));
  }
}
