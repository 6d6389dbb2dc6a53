package org.curbcut.fix.alt;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.ImageAccess;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairOutcome;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.internal.fixers.Fixers;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image fetches follow redirects only while they stay on the allowed origins: a redirect to
 * another origin is refused (never requested) and reported in the repair's reason.
 */
class ImageFetchRedirectTest {
  private static final byte[] PNG = TestImages.flat(Color.GREEN, 4, 4);
  @TempDir Path dir;
  private HttpServer site;
  private HttpServer other;
  private final AtomicInteger otherHits = new AtomicInteger();

  @BeforeEach
  void servers() throws IOException {
    // another origin: "localhost" (bound where the name resolves first, as the client will connect)
    other = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getByName("localhost"), 0), 0);
    other.createContext("/", ex -> {
      otherHits.incrementAndGet();
      send(ex, 200, PNG);
    });
    other.start();
    site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      switch (path) {
        case "/away.png" -> redirect(ex, "http://localhost:" + other.getAddress().getPort() + "/x.png");
        case "/old.png" -> redirect(ex, "/new.png");
        case "/loop.png" -> redirect(ex, "/loop.png");
        case "/new.png" -> send(ex, 200, PNG);
        default -> send(ex, 404, new byte[0]);
      }
    });
    site.start();
  }

  @AfterEach
  void stop() {
    site.stop(0);
    other.stop(0);
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().add("Location", to);
    send(ex, 302, new byte[0]);
  }

  private static void send(com.sun.net.httpserver.HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }

  private String origin() {
    return "http://127.0.0.1:" + site.getAddress().getPort();
  }

  private Element img(String src) {
    Page page = HtmlSnapshot.parse("<img src=\"" + src + "\">", origin() + "/page.html");
    return page.select("img").get(0);
  }

  @Test
  void aRedirectToAnotherOriginIsRefusedAndNeverRequested() {
    ImageFetcher f = ImageFetcher.defaults(null);
    ImageFetcher.Fetch r = f.load(img("/away.png"), ImageAccess.NONE);
    assertThat(r.bytes()).isEmpty();
    assertThat(r.refusal()).contains("the image " + origin() + "/away.png redirects to http://localhost:"
        + other.getAddress().getPort() + "/x.png, which is neither the page's origin nor an allowed host, so it was not fetched;"
        + " if that host is trusted, allow it with --allow-image-host");
    assertThat(otherHits).hasValue(0);
  }

  @Test
  void redirectsOnTheAllowedOriginsAreFollowed() {
    ImageFetcher f = ImageFetcher.defaults(null);
    assertThat(f.load(img("/old.png"), ImageAccess.NONE).bytes()).hasValueSatisfying(b -> assertThat(b).isEqualTo(PNG));
    ImageFetcher.Fetch allowed = f.load(img("/away.png"), ImageAccess.NONE.allowHosts(List.of("localhost")));
    assertThat(allowed.bytes()).isPresent();
    assertThat(otherHits).hasValue(1);
    ImageFetcher.Fetch loop = f.load(img("/loop.png"), ImageAccess.NONE);
    assertThat(loop.bytes()).isEmpty();
    assertThat(loop.refusal()).contains("the image " + origin() + "/loop.png redirects more than 5 times, so it was not fetched");
  }

  /** The refusal reaches the repair report: the image is not repairable, and the reason says why its pixels were not read. */
  @Test
  void theRepairSaysWhyTheImageWasNotRead() {
    ImageDescriber pixels = new ImageDescriber() {
      @Override
      public String name() {
        return "pixels";
      }

      @Override
      public Optional<Description> describe(ImageInput image) {
        return image.bytes().map(b -> new Description("a green square", "test", Confidence.NEEDS_REVIEW));
      }
    };
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), pixels), ImageFetcher.defaults(null));
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), Confidence.NEEDS_REVIEW);
    String html = "<!doctype html><html lang=en><title>Shop</title><main><h1>Shop</h1><img src=\"/away.png\"></main>";
    String name = origin() + "/page.html";
    RepairResult result = engine.repair(HtmlSnapshot.parse(html, name), t -> HtmlSnapshot.parse(t, name), ImageAccess.NONE);
    RepairOutcome image = result.outcomes().stream().filter(o -> o.failure().rule().id().equals("image-alt")).findFirst()
        .orElseThrow();
    assertThat(image.status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(image.reason()).startsWith("No describer could say what this image shows (the image " + origin()
        + "/away.png redirects to http://localhost:").contains("allow it with --allow-image-host");
    assertThat(otherHits).hasValue(0);
  }

  @Test
  void aLocalImageLinkedOutOfTheSiteIsNotRead() throws IOException {
    Path siteDir = Files.createDirectories(dir.resolve("site"));
    Path secret = Files.write(dir.resolve("secret.png"), PNG);
    Files.createSymbolicLink(siteDir.resolve("logo.png"), secret);
    Files.write(siteDir.resolve("real.png"), PNG);
    Page page = HtmlSnapshot.parse("<img src=logo.png><img src=real.png>", siteDir.resolve("p.html").toString());
    ImageFetcher f = ImageFetcher.defaults(siteDir);
    assertThat(f.fetch(page.select("img").get(0))).isEmpty();
    assertThat(f.fetch(page.select("img").get(1))).isPresent();
  }
}
