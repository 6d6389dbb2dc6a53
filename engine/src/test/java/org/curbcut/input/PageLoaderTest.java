package org.curbcut.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageLoaderTest {
  private static final Duration SHORT = Duration.ofMillis(700);

  @TempDir Path dir;
  private HttpServer server;
  private String base;
  private final PageLoader loader = new PageLoader(PageLoader.Options.defaults().withTimeouts(SHORT, SHORT));

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-http");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/page.html", ex -> send(ex, 200, "text/html; charset=utf-8",
        "<!doctype html><html lang=en><link rel=stylesheet href=/site.css><p class=h>hidden</p></html>"));
    server.createContext("/site.css", ex -> send(ex, 200, "text/css", ".h{display:none}"));
    server.createContext("/slow-css.html", ex -> send(ex, 200, "text/html",
        "<link rel=stylesheet href=/slow.css><p class=h>x</p>"));
    server.createContext("/slow.css", ex -> {
      sleep(3000);
      send(ex, 200, "text/css", ".h{display:none}");
    });
    server.createContext("/other-origin.html", ex -> send(ex, 200, "text/html",
        "<link rel=stylesheet href='http://localhost:" + server.getAddress().getPort() + "/site.css'><p class=h>x</p>"));
    server.createContext("/missing", ex -> send(ex, 404, "text/html", "<h1>gone</h1>"));
    server.createContext("/broken", ex -> send(ex, 500, "text/html", "<h1>oops</h1>"));
    server.createContext("/data.json", ex -> send(ex, 200, "application/json", "{}"));
    server.createContext("/notype", ex -> send(ex, 200, null, "<p>no type</p>"));
    server.createContext("/slow", ex -> {
      sleep(3000);
      send(ex, 200, "text/html", "<p>late</p>");
    });
    server.createContext("/redirect", ex -> {
      ex.getResponseHeaders().add("Location", "/page.html");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.createContext("/sjis", ex -> sendBytes(ex, 200, "text/html; charset=Shift_JIS",
        "<p>日本語</p>".getBytes(Charset.forName("Shift_JIS"))));
    server.createContext("/big", ex -> sendBytes(ex, 200, "text/html", new byte[5000]));
    server.createContext("/big-chunked", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to reject early
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 50; i++) out.write(new byte[1000]);
      } catch (IOException clientGaveUp) {
        // expected: the loader stops reading at the limit
      }
    });
    server.createContext("/image.svg", ex -> send(ex, 200, "image/svg+xml",
        "<svg xmlns='http://www.w3.org/2000/svg'><title>t</title></svg>"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    sendBytes(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendBytes(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    if (type != null) ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    } catch (IOException ignored) {
      // the client may stop reading early
    }
  }

  private Page loadOne(String input) throws LoadException {
    List<PageLoader.Resolved> r = loader.resolve(input);
    assertThat(r).hasSize(1);
    if (!r.get(0).ok()) throw r.get(0).error();
    return loader.load(r.get(0).source());
  }

  private String errorOf(String input) {
    try {
      loadOne(input);
    } catch (LoadException e) {
      assertThat(e.getMessage()).doesNotContain("\n").startsWith("cannot read " + input + ": ");
      return e.reason();
    }
    throw new AssertionError("expected " + input + " to fail");
  }

  private Path write(String rel, String text) throws IOException {
    return writeBytes(rel, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path writeBytes(String rel, byte[] bytes) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  // ------------------------------------------------------------------ files and folders

  @Test
  void loadsAnHtmlFileUnderTheNameTheUserGave() throws Exception {
    Path f = write("a.html", "<!doctype html><html lang=en><title>A</title><p>hi</p></html>");
    Page p = loadOne(f.toString());
    assertThat(p.source()).isEqualTo(f.toString());
    assertThat(p.select("p")).hasSize(1);
    assertThat(p.isHtmlDocument()).isTrue();
  }

  @Test
  void readsThePagesStyleForTheLoadersDevice() throws Exception {
    Path f = write("m.html", "<style>@media (max-width: 600px) { p { display: none } }</style><p>hi</p>");
    assertThat(loadOne(f.toString()).device()).isEqualTo(Device.DEFAULT);
    PageLoader phone = new PageLoader(PageLoader.Options.defaults().withTimeouts(SHORT, SHORT)
        .withDevice(Device.viewport("375x667")));
    Page p = phone.load(phone.resolve(f.toString()).get(0).source());
    assertThat(p.device().width()).isEqualTo(375);
    assertThat(Rendering.isRendered(p.select("p").get(0))).isEqualTo(Tri.FALSE);
  }

  @Test
  void missingFileIsAOneLineError() {
    assertThat(errorOf(dir.resolve("nope.html").toString())).isEqualTo("no such file or folder");
  }

  @Test
  void fileThatIsNotHtmlIsRefused() throws Exception {
    Path f = write("notes.txt", "hello");
    assertThat(errorOf(f.toString())).startsWith("not an HTML file");
  }

  @Test
  void unsupportedSchemeIsRefused() {
    assertThat(errorOf("ftp://example.org/a.html")).startsWith("unsupported URL scheme");
  }

  @Test
  void svgFileIsANonHtmlDocument() throws Exception {
    Path f = write("logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'><title>Logo</title></svg>");
    Page p = loadOne(f.toString());
    assertThat(p.isHtmlDocument()).isFalse();
  }

  private static final String XHTML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
      + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>X</title></head>"
      + "<body><div id=\"a\"/><p id=\"b\">After</p><br/></body></html>";

  @Test
  void xhtmlFileIsReadWithXmlSyntax() throws Exception {
    Page p = loadOne(write("page.xhtml", XHTML).toString());
    org.curbcut.snapshot.Element div = p.byId("a").orElseThrow();
    // a self-closing div is empty: the paragraph after it is its sibling, not its child
    assertThat(div.childElements()).isEmpty();
    assertThat(p.byId("b").orElseThrow().parent().name()).isEqualTo("body");
    assertThat(p.isHtmlDocument()).isTrue();
    assertThat(div.isHtml()).isTrue();
    // the same text as .html is read by the HTML parser, where <div/> stays open
    Page html = loadOne(write("page.html", XHTML).toString());
    assertThat(html.byId("b").orElseThrow().parent().name()).isEqualTo("div");
  }

  @Test
  void xhtmlInputIsReadWithXmlSyntax() throws Exception {
    LoadedPage page = loader.read(PageInput.of(XHTML.getBytes(StandardCharsets.UTF_8), "application/xhtml+xml; charset=utf-8",
        "http://example.org/page"));
    assertThat(page.page().byId("b").orElseThrow().parent().name()).isEqualTo("body");
    // a repair is parsed the same way
    assertThat(page.reparse(XHTML).byId("a").orElseThrow().childElements()).isEmpty();
  }

  @Test
  void folderListsEveryPageSortedSkippingHiddenAndNodeModules() throws Exception {
    write("b.html", "<p>b");
    write("a.htm", "<p>a");
    write("sub/c.html", "<p>c");
    write("sub/readme.txt", "x");
    write(".git/x.html", "<p>x");
    write("node_modules/pkg/y.html", "<p>y");
    write(".hidden.html", "<p>h");
    List<PageLoader.Resolved> r = loader.resolve(dir.toString() + "/");
    assertThat(r).allMatch(PageLoader.Resolved::ok);
    assertThat(r.stream().map(PageLoader.Resolved::name))
        .containsExactly(dir + "/a.htm", dir + "/b.html", dir + "/sub/c.html");
  }

  @Test
  void folderWithoutHtmlIsAOneLineError() throws Exception {
    write("only/readme.txt", "x");
    assertThat(errorOf(dir.resolve("only").toString())).isEqualTo("no .html or .htm file in this folder");
  }

  @Test
  void oneBadInputDoesNotStopTheBatch() throws Exception {
    Path good = write("good.html", "<p>ok");
    List<PageLoader.Resolved> r = loader.resolve(List.of(dir.resolve("bad.html").toString(), good.toString()));
    assertThat(r).extracting(PageLoader.Resolved::ok).containsExactly(false, true);
    assertThat(loader.load(r.get(1).source()).select("p")).hasSize(1);
  }

  @Test
  void windows1252FileDeclaringItsCharsetIsDecoded() throws Exception {
    byte[] head = "<!doctype html><meta charset=windows-1252><p>caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 1];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // é in windows-1252, invalid as UTF-8
    Path f = writeBytes("latin.html", bytes);
    assertThat(loadOne(f.toString()).select("p").get(0).textContent()).isEqualTo("café");
  }

  @Test
  void shiftJisFileDeclaringItsCharsetIsDecoded() throws Exception {
    byte[] bytes = "<!doctype html><meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'><p>日本語</p>"
        .getBytes(Charset.forName("Shift_JIS"));
    Path f = writeBytes("ja.html", bytes);
    assertThat(loadOne(f.toString()).select("p").get(0).textContent()).isEqualTo("日本語");
  }

  @Test
  void linkedStylesheetInsideTheFolderIsRead() throws Exception {
    write("site/css/s.css", ".h{display:none}");
    write("site/pages/p.html", "<link rel=stylesheet href='../css/s.css?v=2'><p class=h>x</p>");
    List<PageLoader.Resolved> r = loader.resolve(dir.resolve("site").toString());
    Page p = loader.load(r.get(0).source());
    assertThat(p.isStyleComplete()).isTrue();
    assertThat(Rendering.isRendered(p.select("p").get(0))).isEqualTo(Tri.FALSE);
  }

  @Test
  void stylesheetOutsideTheAuditedFolderIsNotRead() throws Exception {
    write("outside.css", ".h{display:none}");
    Path page = write("site/p.html", "<link rel=stylesheet href='../outside.css'><p class=h>x</p>");
    Page p = loadOne(page.toString());
    assertThat(p.isStyleComplete()).isFalse();
  }

  @Test
  void fileOverTheSizeLimitIsRefused() throws Exception {
    Path f = writeBytes("big.html", new byte[3000]);
    PageLoader small = new PageLoader(PageLoader.Options.defaults().withMaxBytes(1000));
    var r = small.resolve(f.toString()).get(0);
    assertThatThrownBy(() -> small.load(r.source())).isInstanceOf(LoadException.class)
        .hasMessageContaining("too large");
  }

  // ------------------------------------------------------------------ URLs

  @Test
  void loadsAUrlWithItsSameOriginStylesheet() throws Exception {
    Page p = loadOne(base + "/page.html");
    assertThat(p.source()).isEqualTo(base + "/page.html");
    assertThat(p.isStyleComplete()).isTrue();
    assertThat(Rendering.isRendered(p.select("p").get(0))).isEqualTo(Tri.FALSE);
  }

  @Test
  void slowStylesheetLeavesTheStyleIncompleteButThePageLoads() throws Exception {
    Page p = loadOne(base + "/slow-css.html");
    assertThat(p.select("p")).hasSize(1);
    assertThat(p.isStyleComplete()).isFalse();
  }

  @Test
  void stylesheetOfAnotherOriginIsNotFetched() throws Exception {
    Page p = loadOne(base + "/other-origin.html");
    assertThat(p.isStyleComplete()).isFalse();
  }

  @Test
  void followsRedirects() throws Exception {
    Page p = loadOne(base + "/redirect");
    assertThat(p.baseUri()).endsWith("/page.html");
    assertThat(p.source()).isEqualTo(base + "/redirect");
  }

  @Test
  void responseWithoutContentTypeIsSniffedAsHtml() throws Exception {
    assertThat(loadOne(base + "/notype").select("p")).hasSize(1);
  }

  @Test
  void charsetComesFromTheContentType() throws Exception {
    assertThat(loadOne(base + "/sjis").select("p").get(0).textContent()).isEqualTo("日本語");
  }

  @Test
  void svgResponseIsANonHtmlDocument() throws Exception {
    assertThat(loadOne(base + "/image.svg").isHtmlDocument()).isFalse();
  }

  @Test
  void http404() {
    assertThat(errorOf(base + "/missing")).isEqualTo("HTTP 404 Not Found");
  }

  @Test
  void http500() {
    assertThat(errorOf(base + "/broken")).isEqualTo("HTTP 500 Internal Server Error");
  }

  @Test
  void nonHtmlResponse() {
    assertThat(errorOf(base + "/data.json")).isEqualTo("not an HTML page (Content-Type: application/json)");
  }

  @Test
  void slowResponseTimesOut() {
    long t0 = System.nanoTime();
    assertThat(errorOf(base + "/slow")).startsWith("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2900));
  }

  @Test
  void bodyOverTheLimitIsRefusedFromContentLength() {
    PageLoader small = new PageLoader(PageLoader.Options.defaults().withTimeouts(SHORT, SHORT).withMaxBytes(1000));
    var r = small.resolve(base + "/big").get(0);
    assertThatThrownBy(() -> small.load(r.source())).hasMessageContaining("too large (0.0 MB)");
  }

  @Test
  void bodyOverTheLimitIsRefusedWhileReading() {
    PageLoader small = new PageLoader(PageLoader.Options.defaults().withTimeouts(SHORT, Duration.ofSeconds(5))
        .withMaxBytes(10_000));
    var r = small.resolve(base + "/big-chunked").get(0);
    assertThatThrownBy(() -> small.load(r.source())).isInstanceOf(LoadException.class)
        .hasMessageContaining("too large: the limit is");
  }

  @Test
  void connectionRefused() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertThat(errorOf("http://127.0.0.1:" + port + "/")).isEqualTo("cannot connect to 127.0.0.1:" + port
        + ": connection refused");
  }

  @Test
  void unknownHost() {
    assertThat(errorOf("http://nonexistent.invalid/")).isEqualTo("unknown host nonexistent.invalid");
  }

  /** A plain-HTTP server answers a TLS ClientHello the way nginx or Apache do: 400 in clear text. */
  @Test
  void tlsToAPlainHttpServer() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      // every connection gets the answer, as from a real server: a client that tries again after a
      // reset (the hello was not read to its end) must not wait for an accept that never comes
      Thread t = new Thread(() -> {
        while (!plain.isClosed()) {
          try (var s = plain.accept()) {
            s.getInputStream().read(new byte[512]);
            s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
          } catch (IOException ignored) {
            // the client hangs up, or the test is over and the server socket is closed
          }
        }
      });
      t.setDaemon(true);
      t.start();
      String url = "https://127.0.0.1:" + plain.getLocalPort() + "/page.html";
      // the JVM's first TLS handshake sets up its crypto providers: on a busy machine that alone can
      // outlast the short timeout the other tests use
      PageLoader patient = new PageLoader(PageLoader.Options.defaults().withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10)));
      String reason;
      try {
        PageLoader.Resolved r = patient.resolve(url).get(0);
        if (!r.ok()) throw r.error();
        patient.load(r.source());
        throw new AssertionError("expected " + url + " to fail");
      } catch (LoadException e) {
        reason = e.reason();
      }
      assertThat(reason).startsWith("TLS error talking to 127.0.0.1:" + plain.getLocalPort());
    }
  }

  @Test
  void invalidUrl() {
    assertThat(errorOf("http:///nohost")).startsWith("not a valid URL");
  }
}
