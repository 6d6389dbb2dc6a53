package org.curbcut.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command line is a client of the library like any other: it uses only the public API, never
 * a class of an {@code internal} package (whose names and shapes may change at any time).
 */
class CliUsesTheApiTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.curbcut.cli");

  @Test
  void theCommandLineUsesOnlyThePublicApi() {
    assertThat(CLASSES.getPackage("org.curbcut.cli").getClasses()).as("the CLI's classes were imported").isNotEmpty();
    noClasses().that().resideInAPackage("org.curbcut.cli..")
        .should().dependOnClassesThat().resideInAPackage("..internal..")
        .check(CLASSES);
  }
}
