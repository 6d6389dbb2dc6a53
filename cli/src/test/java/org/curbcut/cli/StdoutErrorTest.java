package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report that cannot be written to stdout (closed pipe, full disk) is exit 2 and one line on stderr, never a silent success. */
class StdoutErrorTest {
  @TempDir Path dir;

  /** An output that fails every write, as a pipe whose reader has gone or a full disk does. */
  static final class Failing extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private String page() throws IOException {
    Path p = dir.resolve("a.html");
    Files.writeString(p, MainTest.CLEAN, StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  void aReportThatCannotBeWrittenToStdoutExitsTwoWithOneLine() throws IOException {
    StringWriter err = new StringWriter();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new Failing(), StandardCharsets.UTF_8), true);
    int code = Main.execute(out, new PrintWriter(err, true), "audit", page(), "-q");
    assertThat(code).isEqualTo(Main.ERROR);
    assertThat(err.toString()).isEqualTo("curbcut: could not write to standard output (closed pipe or full disk): the output "
        + "is incomplete; write the report to a file with --output (fix: --report)" + System.lineSeparator());
  }

  @Test
  void theSameThroughSystemOut() throws IOException {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(new Failing(), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute("rules");
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    assertThat(code).isEqualTo(Main.ERROR);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("curbcut: could not write to standard output").hasLineCount(1);
  }

  @Test
  void aWorkingStdoutKeepsTheExitCode() throws IOException {
    MainTest.Run r = MainTest.run("audit", page(), "-q");
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.err()).isEmpty();
  }

  /** The real process writing to /dev/full (Linux), with the classes of this build. */
  @Test
  void aProcessWritingToAFullDeviceExitsTwo() throws Exception {
    File full = new File("/dev/full");
    Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "rules")
        .redirectOutput(full).redirectError(ProcessBuilder.Redirect.PIPE).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(Main.ERROR);
    assertThat(err).startsWith("curbcut: could not write to standard output").hasLineCount(1);
  }
}
