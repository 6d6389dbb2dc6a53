package org.curbcut;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.ImageAccess;
import org.curbcut.fix.RepairOutcome;
import org.curbcut.fix.RepairRequest;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.RepairedPage;
import org.curbcut.input.PageInput;
import org.curbcut.rules.Deadline;
import org.curbcut.rules.Level;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the README's "Use Curbcut as a library", run: each test's body starts with one
 * README block, word for word (the last test checks it), then checks what the block did.
 */
class ReadmeExamplesTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream stdout;

  @TempDir Path site;

  @BeforeEach
  void capturePrinting() {
    stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restorePrinting() {
    System.setOut(stdout);
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void parseAndAudit() {
    Page page = Curbcut.parse("<!doctype html><html lang=en><title>Cats</title><img src=cat.png>");
    PageReport report = Curbcut.builder().build().audit(page);
    for (Finding f : report.findings()) {
      System.out.println(f.outcome() + " " + f.rule() + " " + f.selector() + ": " + f.message());
    }

    assertThat(printed()).contains("FAILED image-alt html > body > img: ");
  }

  @Test
  void configureAnEngine() {
    Curbcut curbcut = Curbcut.builder()
        .level(Level.AA)
        .ignore("#cookie-banner")
        .minConfidence(Confidence.LIKELY)
        .build();

    assertThat(curbcut.auditOptions().ignore()).containsExactly("#cookie-banner");
    assertThat(curbcut.minConfidence()).isEqualTo(Confidence.LIKELY);
    assertThat(curbcut.audit(Curbcut.parse("<div id=cookie-banner><img src=x.png></div>")).findings())
        .extracting(Finding::rule).doesNotContain("image-alt");
  }

  @Test
  void repairBytes() {
    Curbcut curbcut = Curbcut.builder().minConfidence(Confidence.LIKELY).build();
    byte[] body = "<!doctype html><html lang=en><title></title><main><h1>Opening hours</h1></main>"
        .getBytes(StandardCharsets.UTF_8);
    RepairedPage repaired = curbcut.repair(PageInput.of(body, "text/html; charset=utf-8", "https://example.org/hours"));
    byte[] served = repaired.ok() ? repaired.bytes() : body;
    for (RepairOutcome o : repaired.outcomes()) {
      System.out.println(o.status() + " " + o.failure().rule().id());
    }

    assertThat(new String(served, StandardCharsets.UTF_8)).contains("<title>Opening hours</title>");
    assertThat(printed()).contains(RepairStatus.FIXED_VERIFIED + " document-title");
  }

  @Test
  void repairAPageOfASite() throws Exception {
    Curbcut curbcut = Curbcut.builder().minConfidence(Confidence.LIKELY).build();
    Files.writeString(site.resolve("index.html"),
        "<!doctype html><html lang=en><title>Shop</title><main><h1>Shop</h1><img src=badge.png></main>\n");
    ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", site.resolve("badge.png").toFile());
    RepairedPage index = curbcut.repair(site.resolve("index.html"),
        RepairRequest.defaults().withImages(ImageAccess.folder(site)).withDiffPath("index.html"));
    Files.write(site.resolve("index.html"), index.bytes());
    System.out.print(index.diff());

    assertThat(Files.readString(site.resolve("index.html"))).contains("<img src=badge.png alt=\"\">");
    assertThat(printed()).startsWith("diff --git a/index.html b/index.html\n").contains("\n+<!doctype html>");
    Files.writeString(site.resolve("other.html"), "<!doctype html><html lang=en><title>Shop</title><main><h1>Shop</h1><img src=badge.png></main>\n");
    assertThat(curbcut.repair(site.resolve("other.html"), RepairRequest.defaults()).text())
        .as("without the folder, the image's pixels cannot be read, so it is left to a person").contains("<img src=badge.png>");
  }

  @Test
  void boundTheTimeAPageMayTake() {
    String html = "<!doctype html><html lang=en><title>Hours</title><main><h1>Hours</h1><img src=map.png></main>";
    byte[] body = "<!doctype html><html lang=en><title></title><main><h1>Opening hours</h1></main>"
        .getBytes(StandardCharsets.UTF_8);
    Curbcut bounded = Curbcut.builder().pageTimeout(Duration.ofSeconds(2)).build();
    PageReport audit = bounded.audit(Curbcut.parse(html));
    if (audit.stopped()) System.out.println("not run: " + audit.incomplete().rulesNotRun());
    RepairedPage quick = bounded.repair(PageInput.of(body, "text/html", "https://example.org/hours"),
        RepairRequest.defaults().withTimeLimit(Duration.ofMillis(300)));
    byte[] sent = quick.bytes(); // the original bytes when the repair stopped

    assertThat(audit.complete()).isTrue();
    assertThat(audit.findings()).extracting(Finding::rule).contains("image-alt");
    // on a slow machine the 300 ms may run out: then the page goes out as it came
    if (quick.stopped()) assertThat(sent).isEqualTo(body);
    else assertThat(new String(sent, StandardCharsets.UTF_8)).contains("<title>Opening hours</title>");
    Deadline goneAway = Deadline.cancellable();
    goneAway.cancel();
    RepairedPage cancelled = bounded.repair(PageInput.of(body, "text/html", "https://example.org/hours"),
        RepairRequest.defaults().withDeadline(goneAway));
    assertThat(cancelled.stopped()).isTrue();
    assertThat(cancelled.bytes()).isEqualTo(body);
    PageReport stoppedAudit = bounded.audit(Curbcut.parse(html), goneAway);
    assertThat(stoppedAudit.stopped()).isTrue();
    assertThat(stoppedAudit.incomplete().rulesNotRun()).contains("image-alt");
  }

  @Test
  void everyJavaBlockOfTheReadmeIsAnExampleHere() throws Exception {
    Path root = Path.of(System.getProperty("curbcut.root", ".."));
    String readme = Files.readString(root.resolve("README.md"));
    String source = Files.readString(root.resolve("fix/src/test/java/org/curbcut/ReadmeExamplesTest.java"));
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (m.find()) blocks.add(m.group(1));
    assertThat(blocks).as("the README's Java examples").hasSizeGreaterThanOrEqualTo(4);
    for (String block : blocks) {
      assertThat(source).as("this test holds the README block%n%s", block).contains(indented(block, "    "));
    }
  }

  /** The block as it stands in a method body here. */
  private static String indented(String block, String indent) {
    StringBuilder b = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (b.length() > 0) b.append('\n');
      if (!line.isEmpty()) b.append(indent).append(line);
    }
    return b.toString();
  }
}
