package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.cli.MainTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every numeric option is range-checked: out of range is one usage line, never an internal error. */
class NumericOptionRangeTest {
  @TempDir Path dir;
  private String page;

  @BeforeEach
  void page() throws IOException {
    Path p = dir.resolve("a.html");
    Files.writeString(p, MainTest.CLEAN, StandardCharsets.UTF_8);
    page = p.toString();
  }

  private static void assertRangeError(MainTest.Run r, String option, String range) {
    assertThat(r.code()).as(option + ": " + r.err()).isEqualTo(Main.ERROR);
    assertThat(r.err().strip()).as(option).doesNotContain("\n").doesNotContain("internal error")
        .startsWith("curbcut: " + option + " ").contains("is out of range").endsWith(range);
  }

  private String[] fix(String option, String value) {
    return new String[] {"fix", page, "--out", dir.resolve("out").toString(), "-q", option, value};
  }

  @Test
  void timeoutsAreBetweenAMillisecondAndADay() {
    String range = "give seconds from 0.001 to 86400";
    for (String option : List.of("--timeout", "--connect-timeout")) {
      for (String v : List.of("1e300", "9223372036854775807", "Infinity", "NaN", "0", "-1", "1e-30", "86401")) {
        assertRangeError(run("audit", page, option, v), option, range);
        assertRangeError(run(fix(option, v)), option, range);
      }
    }
    for (String v : List.of("1e300", "1e-30", "0", "NaN")) assertRangeError(run(fix("--alt-timeout", v)), "--alt-timeout", range);
  }

  @Test
  void maxSizeIsAPositiveSizeAJavaArrayCanHold() {
    for (String v : List.of("1e300", "0", "1e-30", "2048", "NaN")) {
      assertRangeError(run("audit", page, "--max-size", v), "--max-size", "give megabytes from 0.001 to 2047");
    }
  }

  @Test
  void altTextNumbersAreCheckedEvenWithoutTheirDescriber() {
    assertRangeError(run(fix("--alt-onnx-min-probability", "7")), "--alt-onnx-min-probability",
        "give a probability from 0 to 1");
    assertRangeError(run(fix("--alt-onnx-min-probability", "NaN")), "--alt-onnx-min-probability",
        "give a probability from 0 to 1");
    assertRangeError(run(fix("--alt-onnx-std", "0,1,1")), "--alt-onnx-std", "give a channel value from 0.000001 to 1000000");
    assertRangeError(run(fix("--alt-onnx-mean", "Infinity,0,0")), "--alt-onnx-mean",
        "give a channel value from -1000000 to 1000000");
  }

  /** The page timeout has its own syntax (500ms, 2m, none) and range (up to a year; 0 stops at once, as tests use). */
  @Test
  void aPageTimeoutBeyondAYearOrNotADurationIsRefused() {
    assertThat(run("audit", page, "--page-timeout", "99999999999999999999999ms").err().strip())
        .isEqualTo("curbcut: --page-timeout '99999999999999999999999ms' is longer than a year (use 'none' for no limit)");
    assertThat(run("audit", page, "--page-timeout", "-1s").err()).contains("invalid --page-timeout '-1s'");
  }

  @Test
  void theEdgesOfTheRangesAreAccepted() {
    List<String> args = new ArrayList<>(List.of("audit", page, "-q", "--timeout", "86400", "--connect-timeout", "0.001",
        "--max-size", "2047", "--page-timeout", "1ms"));
    MainTest.Run r = run(args.toArray(String[]::new));
    assertThat(r.err()).doesNotContain("out of range").doesNotContain("internal error");
    MainTest.Run f = run("fix", page, "--out", dir.resolve("out").toString(), "-q", "--alt-timeout", "0.001",
        "--alt-onnx-min-probability", "1", "--max-size", "0.001");
    assertThat(f.err()).doesNotContain("out of range").doesNotContain("internal error");
  }
}
