package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.curbcut.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The command line's words live in its bundle: every key the code asks for is there, every key there is used. */
class CliMessagesTest {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.curbcut.cli.messages", Locale.ROOT);
  private static final Path SOURCES = SharedData.root().resolve("cli/src/main/java/org/curbcut/cli");

  private static String sources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  @Test
  void everyKeyAskedForIsInTheBundle() throws IOException {
    Matcher m = Pattern.compile("Messages\\.(?:get|usage)\\(\"([^\"]+)\"").matcher(sources());
    List<String> asked = new ArrayList<>();
    while (m.find()) asked.add(m.group(1));
    assertThat(asked).as("keys asked for").isNotEmpty();
    assertThat(asked).allSatisfy(k -> assertThat(BUNDLE.containsKey(k)).as(k).isTrue());
  }

  @Test
  void everyKeyOfTheBundleIsUsed() throws IOException {
    String code = sources();
    assertThat(BUNDLE.keySet()).allSatisfy(k -> assertThat(code).as(k).contains("\"" + k + "\""));
  }

  /** MessageFormat swallows a lone apostrophe, so the bundle writes it doubled. */
  @Test
  void theBundleDoublesItsApostrophes() throws IOException {
    Path bundle = SharedData.root().resolve("cli/src/main/resources/org/curbcut/cli/messages.properties");
    for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) continue;
      assertThat(line.replace("''", "")).as(line).doesNotContain("'");
    }
    assertThat(Messages.get("usage.option.empty", "--out")).startsWith("--out was given an empty path");
  }

  @Test
  void numbersAreShownAsTypedAndCountsAgree() {
    assertThat(Messages.get("usage.range", "--timeout", "86401", "seconds", "0.001", "86400"))
        .isEqualTo("--timeout 86401 is out of range: give seconds from 0.001 to 86400");
    assertThat(Messages.get("usage.input.empty", 1000, 2000)).startsWith("input 1000 of 2000 is empty");
    assertThat(Messages.get("in-place.hard-links", 1)).startsWith("it has 1 other hard link, which");
    assertThat(Messages.get("in-place.hard-links", 2)).startsWith("it has 2 other hard links, which");
  }
}
