package org.curbcut.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fences of the whole system (docs/adr/0007), checked over the main classes of every module:
 * modules depend one way, each third-party library has one home, only {@code cli} exits the JVM,
 * jsoup stays in the snapshot adapter, the engine's packages keep their order, rule packages stay
 * apart, no package is split across modules, and no static field holds a page. Test classes are
 * not checked.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.curbcut");

  /**
   * Where each third-party library may be used (by package), checked in the class files; the
   * POMs must agree ({@link PomFencesTest}). Lines for modules that do not exist yet already hold:
   * no module we have may use those libraries.
   */
  static final Map<String, Set<String>> HOMES = Map.ofEntries(
      Map.entry("org.jsoup", Set.of("engine")),
      Map.entry("picocli", Set.of("cli")),
      Map.entry("com.github.pemistahl.lingua", Set.of("fix")),
      Map.entry("net.sourceforge.tess4j", Set.of("fix")),
      Map.entry("ai.onnxruntime", Set.of("fix")),
      Map.entry("com.github.difflib", Set.of("fix")),
      Map.entry("org.openjdk.jmh", Set.of("bench")),
      // the one library without a single home: JSON is written by the engine's reports, the repair
      // reports and the vision describer (fix) and `curbcut rules --format json` (cli)
      Map.entry("com.fasterxml.jackson", Set.of("engine", "fix", "cli")),
      // coming modules (docs/adr/0007): these already forbid the libraries everywhere else
      Map.entry("com.microsoft.playwright", Set.of("render")),
      Map.entry("org.eclipse.jetty", Set.of("server")),
      Map.entry("io.javalin", Set.of("server")),
      Map.entry("jakarta.servlet", Set.of("servlet", "server")),
      Map.entry("org.apache.spark", Set.of("spark")),
      Map.entry("org.netpreserve.jwarc", Set.of("engine")),
      Map.entry("org.h2", Set.of("monitor")),
      Map.entry("org.postgresql", Set.of("monitor")),
      Map.entry("org.flywaydb", Set.of("monitor")));

  // ------------------------------------------------------------------ modules

  @Test
  void everyClassIsInAFencedModule() {
    Set<String> found = new TreeSet<>();
    Set<String> unknown = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      String module = Modules.of(c).orElse("(no module: " + c.getSource().map(s -> s.getUri().toString()).orElse("?") + ")");
      found.add(module);
      if (!Modules.MAY_DEPEND_ON.containsKey(module)) unknown.add(c.getName() + " from " + module);
    }
    assertThat(unknown).as("classes of a module without a fence: add the module to Modules.MAY_DEPEND_ON").isEmpty();
    assertThat(found).as("the modules whose classes this test sees (a missing one is not checked)")
        .containsExactlyInAnyOrderElementsOf(Modules.MAY_DEPEND_ON.keySet());
  }

  @Test
  void modulesDependOneWay() {
    Set<String> all = Modules.MAY_DEPEND_ON.keySet();
    Modules.MAY_DEPEND_ON.forEach((module, allowed) -> {
      Set<String> forbidden = new HashSet<>(all);
      forbidden.remove(module);
      forbidden.removeAll(allowed);
      if (forbidden.isEmpty()) return;
      noClasses().that(Modules.in(module))
          .should().dependOnClassesThat(Modules.in(forbidden))
          .because(module + " may depend only on " + (allowed.isEmpty() ? "no other module" : allowed))
          .check(CLASSES);
    });
  }

  @Test
  void eachLibraryHasItsHome() {
    HOMES.forEach((pkg, home) -> noClasses().that(Modules.outside(home))
        .should().dependOnClassesThat().resideInAPackage(pkg + "..")
        .because(pkg + " belongs to " + home)
        .check(CLASSES));
  }

  @Test
  void theLibraryNeverSeesPicocli() {
    noClasses().that(Modules.in(Set.of("engine", "fix")))
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .because("the library is called by servers and Spark jobs, not only by the command line")
        .check(CLASSES);
  }

  @Test
  void onlyTheCliEndsTheJvm() {
    noClasses().that(Modules.outside(Set.of("cli")))
        .should().callMethod(System.class, "exit", int.class)
        .orShould().callMethod(Runtime.class, "exit", int.class)
        .orShould().callMethod(Runtime.class, "halt", int.class)
        .because("a library or a tool inside a server must never end the process that hosts it")
        .check(CLASSES);
  }

  // ------------------------------------------------------------------ packages

  @Test
  void everyPackageHasOneModule() {
    Map<String, Set<String>> modules = new java.util.TreeMap<>();
    for (JavaClass c : CLASSES) {
      modules.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(Modules.of(c).orElse("?"));
    }
    modules.values().removeIf(m -> m.size() == 1);
    assertThat(modules).as("packages split across modules (a module-info could not export them)").isEmpty();
  }

  @Test
  void onlyTheSnapshotAdapterSeesJsoup() {
    noClasses().that().resideOutsideOfPackage("org.curbcut.internal.snapshot..")
        .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
        .because("rules, ARIA and reports read the engine's own page model, never a parser's")
        .check(CLASSES);
  }

  @Test
  void internalCodeLivesUnderOrgCurbcutInternal() {
    classes().that().resideInAPackage("..internal..")
        .should().resideInAPackage("org.curbcut.internal..")
        .because("the public API is every package without an internal segment")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  /** The engine's packages, bottom up: standards → snapshot → aria → rules → audit → report; input builds pages. */
  @Test
  void enginePackagesKeepTheirOrder() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("standards").definedBy("org.curbcut.internal.standards..")
        .layer("snapshot").definedBy("org.curbcut.snapshot..", "org.curbcut.internal.snapshot..")
        .layer("aria").definedBy("org.curbcut.internal.aria..")
        .layer("rules").definedBy("org.curbcut.rules..", "org.curbcut.internal.rules..")
        .layer("audit").definedBy("org.curbcut.audit..")
        .layer("report").definedBy("org.curbcut.report..")
        .layer("input").definedBy("org.curbcut.input..")
        .whereLayer("standards").mayNotAccessAnyLayer()
        .whereLayer("snapshot").mayOnlyAccessLayers("standards")
        .whereLayer("aria").mayOnlyAccessLayers("standards", "snapshot")
        .whereLayer("rules").mayOnlyAccessLayers("standards", "snapshot", "aria")
        .whereLayer("audit").mayOnlyAccessLayers("standards", "snapshot", "aria", "rules")
        .whereLayer("report").mayOnlyAccessLayers("standards", "snapshot", "aria", "rules", "audit")
        .whereLayer("input").mayOnlyAccessLayers("standards", "snapshot")
        .check(CLASSES.that(Modules.in("engine")));
  }

  @Test
  void everyEnginePackageHasALayer() {
    List<String> layered = List.of("org.curbcut.internal.standards", "org.curbcut.snapshot", "org.curbcut.internal.snapshot",
        "org.curbcut.internal.aria", "org.curbcut.rules", "org.curbcut.internal.rules", "org.curbcut.audit",
        "org.curbcut.report", "org.curbcut.input");
    Set<String> unlayered = CLASSES.that(Modules.in("engine")).stream().map(JavaClass::getPackageName)
        .filter(p -> layered.stream().noneMatch(l -> p.equals(l) || p.startsWith(l + ".")))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(unlayered).as("engine packages outside the layers of enginePackagesKeepTheirOrder (give each one its layer)")
        .isEmpty();
  }

  /** commons holds the checks rules share; it is not a rule package. */
  @Test
  void rulePackagesDoNotDependOnEachOther() {
    slices().matching("org.curbcut.internal.rules.(*)..")
        .should().notDependOnEachOther()
        .ignoreDependency(DescribedPredicate.alwaysTrue(),
            JavaClass.Predicates.resideInAPackage("org.curbcut.internal.rules.commons.."))
        .check(CLASSES);
  }

  @Test
  void noStaticFieldHoldsAPage() {
    classes().should(new ArchCondition<JavaClass>("hold no page, element or audit context in a static field") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaField f : c.getFields()) {
          if (!f.getModifiers().contains(JavaModifier.STATIC) || isTypedKey(f.getRawType())) continue;
          if (mentionsPageState(f.getType(), 0)) {
            events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is static and holds " + f.getType().getName()));
          }
        }
      }
    }).because("no state outside an audit or a repair run: per-page state lives in RuleContext.memo and FixContext.state")
        .check(CLASSES);
  }

  /** The types whose instances belong to one page or one run. */
  private static final Set<String> PAGE_STATE = Set.of("org.curbcut.snapshot.Page", "org.curbcut.snapshot.Element",
      "org.curbcut.snapshot.Node", "org.curbcut.snapshot.Text", "org.curbcut.snapshot.ShadowRoot",
      "org.curbcut.rules.RuleContext", "org.curbcut.rules.RuleResult", "org.curbcut.fix.FixContext",
      "org.curbcut.internal.aria.Aria");

  /** RuleContext.Key and FixContext.Key constants are names of per-run state, not state. */
  private static boolean isTypedKey(JavaClass raw) {
    return raw.getName().equals("org.curbcut.rules.RuleContext$Key") || raw.getName().equals("org.curbcut.fix.FixContext$Key");
  }

  private static boolean mentionsPageState(JavaType type, int depth) {
    if (depth > 8) return false;
    if (PAGE_STATE.contains(type.toErasure().getName())) return true;
    JavaClass erased = type.toErasure();
    if (erased.isArray() && PAGE_STATE.contains(erased.getBaseComponentType().getName())) return true;
    if (type instanceof JavaParameterizedType p) {
      for (JavaType arg : p.getActualTypeArguments()) if (mentionsPageState(arg, depth + 1)) return true;
    }
    if (type instanceof JavaWildcardType w) {
      for (JavaType b : w.getUpperBounds()) if (mentionsPageState(b, depth + 1)) return true;
      for (JavaType b : w.getLowerBounds()) if (mentionsPageState(b, depth + 1)) return true;
    }
    return false;
  }
}
