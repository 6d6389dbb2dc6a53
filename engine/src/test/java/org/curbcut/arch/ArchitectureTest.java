package org.curbcut.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies run one way: standards → snapshot → aria → rules → audit → report. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.curbcut");

  @Test
  void onlyTheSnapshotBuilderSeesJsoup() {
    noClasses().that().resideOutsideOfPackage("org.curbcut.internal.snapshot..")
        .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
        .check(CLASSES);
  }

  @Test
  void rulesAndAriaNeverSeeReportsOrAudit() {
    noClasses().that().resideInAnyPackage("org.curbcut.rules..", "org.curbcut.internal.rules..", "org.curbcut.internal.aria..", "org.curbcut.snapshot..",
            "org.curbcut.internal.standards..")
        .should().dependOnClassesThat().resideInAnyPackage("org.curbcut.audit..", "org.curbcut.report..")
        .check(CLASSES);
  }

  @Test
  void ariaNeverSeesRules() {
    noClasses().that().resideInAnyPackage("org.curbcut.internal.aria..", "org.curbcut.snapshot..", "org.curbcut.internal.standards..")
        .should().dependOnClassesThat().resideInAnyPackage("org.curbcut.rules..", "org.curbcut.internal.rules..")
        .check(CLASSES);
  }

  @Test
  void standardsAndSnapshotNeverSeeAria() {
    noClasses().that().resideInAnyPackage("org.curbcut.snapshot..", "org.curbcut.internal.standards..")
        .should().dependOnClassesThat().resideInAPackage("org.curbcut.internal.aria..")
        .check(CLASSES);
  }

  @Test
  void rulePackagesDoNotDependOnEachOther() {
    String[] pkgs = {"text", "structure", "aria", "visual", "widgets"};
    for (String a : pkgs) {
      for (String b : pkgs) {
        if (a.equals(b)) continue;
        noClasses().that().resideInAPackage("org.curbcut.internal.rules." + a + "..")
            .should().dependOnClassesThat().resideInAPackage("org.curbcut.internal.rules." + b + "..")
            .allowEmptyShould(true)
            .check(CLASSES);
      }
    }
  }

  @Test
  void theSharedChecksDependOnNoRulePackage() {
    for (String b : new String[] {"text", "structure", "aria", "visual", "widgets"}) {
      noClasses().that().resideInAPackage("org.curbcut.internal.rules.commons..")
          .should().dependOnClassesThat().resideInAPackage("org.curbcut.internal.rules." + b + "..")
          .check(CLASSES);
    }
  }

  @Test
  void engineNeverExits() {
    noClasses().should().callMethod(System.class, "exit", int.class).check(CLASSES);
  }
}
