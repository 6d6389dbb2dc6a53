package org.curbcut.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.Description;
import org.curbcut.fix.alt.ImageDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.fix.alt.ImageInput;
import org.curbcut.input.LoadedPage;
import org.curbcut.input.PageLoader;
import org.curbcut.internal.fixers.Fixers;
import org.curbcut.rules.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image folder and hosts travel with each repair request, so one engine repairs many sites. */
class OneEngineManySitesTest {
  /** Writes the image file's own text as its alt: which file was read shows in the repair. */
  private static final ImageDescriber READS_THE_FILE = new ImageDescriber() {
    @Override
    public String name() {
      return "reads-the-file";
    }

    @Override
    public Optional<Description> describe(ImageInput image) {
      return image.bytes().map(b -> new Description(new String(b, StandardCharsets.UTF_8), "test", Confidence.NEEDS_REVIEW));
    }
  };

  @TempDir Path dir;

  private final RepairEngine engine = new RepairEngine(
      new AuditOptions(Level.AA, List.of("image-alt"), List.of(), List.of()),
      Fixers.all(new AltTextPipeline(List.of(READS_THE_FILE), new ImageFetcher(1 << 20, Duration.ofSeconds(5)))),
      Confidence.NEEDS_REVIEW);
  private final PageLoader loader = new PageLoader(PageLoader.Options.defaults());

  @Test
  void eachRequestReadsImagesFromItsOwnSiteFolder() throws Exception {
    Path alpha = site("alpha", "Alpha logo");
    Path beta = site("beta", "Beta logo");
    assertThat(altAfterRepair(alpha, ImageAccess.folder(alpha))).isEqualTo("Alpha logo");
    assertThat(altAfterRepair(beta, ImageAccess.folder(beta))).isEqualTo("Beta logo");
  }

  @Test
  void aRequestThatAllowsNoFolderOrAnotherSitesFolderReadsNoImage() throws Exception {
    Path alpha = site("alpha", "Alpha logo");
    Path beta = site("beta", "Beta logo");
    assertThat(altAfterRepair(alpha, ImageAccess.NONE)).isNull();
    assertThat(altAfterRepair(alpha, ImageAccess.folder(beta))).isNull();
  }

  private Path site(String name, String logoText) throws Exception {
    Path root = Files.createDirectories(dir.resolve(name));
    Files.writeString(root.resolve("index.html"), "<!doctype html><html lang=en><title>t</title><img src=logo.png>");
    Files.writeString(root.resolve("logo.png"), logoText);
    return root;
  }

  /** The alt the repaired page gives its image, or null when the image was not repaired. */
  private String altAfterRepair(Path root, ImageAccess images) throws Exception {
    LoadedPage page = loader.read(loader.resolve(root.resolve("index.html").toString()).get(0).source());
    RepairResult r = engine.repair(page.page(), page::reparse, images);
    if (!r.changed()) return null;
    return page.reparse(r.repairedText()).select("img").get(0).attrOr("alt", null);
  }
}
