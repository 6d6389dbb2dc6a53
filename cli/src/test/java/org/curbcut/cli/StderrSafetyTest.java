package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.cli.MainTest.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * stderr shows file names, URLs and server headers sanitised as the reports are (control
 * characters, so escape sequences, replaced visibly by U+FFFD), and no URL credentials; neither
 * does any report format.
 */
class StderrSafetyTest {
  private static final String ESC = "\u001b";
  @TempDir Path dir;

  private static void assertNoControls(String s) {
    assertThat(s.replace("\n", "").replace("\r", "").chars().filter(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)))
        .as("control characters in %s", s).isEmpty();
  }

  @Test
  void aFileNameWithEscapeSequencesIsShownVisiblyAndInert() {
    // ASCII controls only: a file name must be encodable whatever the JVM's file name encoding
    String name = dir.resolve("x" + ESC + "]0;owned" + "\u0007" + ESC + "[31m.html").toString();
    MainTest.Run r = run("audit", name);
    assertThat(r.code()).isEqualTo(Main.ERROR);
    assertNoControls(r.err());
    assertThat(r.err()).contains("x\uFFFD]0;owned\uFFFD\uFFFD[31m.html: no such file or folder");
  }

  @Test
  void anUnknownOptionAndAUsageErrorAreSanitisedToo() {
    assertNoControls(run("audit", "--" + ESC + "[2J", "a.html").err());
    MainTest.Run r = run("audit", "a.html", "--level", "A" + ESC + "[2J");
    assertThat(r.err()).contains("invalid --level 'A\uFFFD[2J'");
    assertNoControls(r.err());
  }

  @Test
  void progressLinesAndNamesAreSanitised() {
    java.io.StringWriter err = new java.io.StringWriter();
    Progress p = new Progress(new java.io.PrintWriter(err), true, true);
    p.start(1);
    p.println("curbcut: cannot read a" + ESC + "[2J\u009b1m.html:\nsecond line");
    p.step("b" + ESC + "[2J.html");
    p.finish();
    // the bar's own \r\033[K stays; what it was given does not act on the terminal
    assertThat(err.toString().replace("\r" + ESC + "[K", "")).doesNotContain(ESC)
        .contains("curbcut: cannot read a\uFFFD[2J\uFFFD1m.html: second line").contains("b\uFFFD[2J.html");
  }

  /** A server whose Content-Type carries an escape sequence: the HTTP client's refusal quotes the header, inertly. */
  @Test
  void anHttpHeaderValueIsShownInertly() throws Exception {
    try (OneResponseServer server = new OneResponseServer("HTTP/1.1 200 OK\r\nContent-Type: text/x" + ESC + "[31mred\r\n"
        + "Content-Length: 2\r\nConnection: close\r\n\r\nhi")) {
      MainTest.Run r = run("audit", server.url("/"));
      assertThat(r.code()).isEqualTo(Main.ERROR);
      assertNoControls(r.err());
      assertThat(r.err()).contains("Content-Type: text/x\uFFFD[31mred");
    }
  }

  @Test
  void urlCredentialsReachNeitherStderrNorAnyReport() throws Exception {
    String page = "<!doctype html><html><head><title>Shop</title></head><body><main><h1>Shop</h1>"
        + "<a href=\"/cart\"><i class=\"fa fa-cart\"></i></a></main></body></html>";
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    String response = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n" + page;
    for (String format : List.of("text", "json", "sarif", "junit", "earl", "html")) {
      try (OneResponseServer server = new OneResponseServer(response)) {
        String url = server.url("/shop").replace("http://", "http://ann:s3cret@");
        MainTest.Run audit = run("audit", url, "--format", format);
        assertThat(audit.out()).as("audit " + format).contains("127.0.0.1").doesNotContain("s3cret").doesNotContain("ann:");
        assertThat(audit.err()).doesNotContain("s3cret");
      }
      try (OneResponseServer server = new OneResponseServer(response)) {
        String url = server.url("/shop").replace("http://", "http://ann:s3cret@");
        MainTest.Run fix = run("fix", url, "--out", dir.resolve("out-" + format).toString(), "--format", format);
        assertThat(fix.out()).as("fix " + format).contains("127.0.0.1").doesNotContain("s3cret").doesNotContain("ann:");
        assertThat(fix.err()).doesNotContain("s3cret");
      }
    }
    MainTest.Run refused = run("audit", "http://ann:s3cret@127.0.0.1:1/");
    assertThat(refused.err()).startsWith("curbcut: cannot read http://127.0.0.1:1/: ").doesNotContain("s3cret");
    MainTest.Run inPlace = run("fix", "https://ann:s3cret@example.org/", "--in-place");
    assertThat(inPlace.err()).contains("https://example.org/").doesNotContain("s3cret");
  }

  /** Answers every connection with the same raw bytes (so a header may hold what no library would send). */
  static final class OneResponseServer implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicBoolean open = new AtomicBoolean(true);

    OneResponseServer(String response) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread t = new Thread(() -> {
        while (open.get()) {
          try (Socket s = socket.accept()) {
            InputStream in = s.getInputStream();
            StringBuilder head = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
              head.append((char) c);
              if (head.toString().endsWith("\r\n\r\n")) break;
            }
            OutputStream out = s.getOutputStream();
            out.write(response.getBytes(StandardCharsets.UTF_8));
            out.flush();
          } catch (IOException e) {
            // closed, or a client that went away
          }
        }
      }, "one-response-server");
      t.setDaemon(true);
      t.start();
    }

    String url(String path) {
      return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    @Override
    public void close() throws IOException {
      open.set(false);
      socket.close();
    }
  }
}
