package org.curbcut.internal.aria.accname;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.curbcut.SharedData;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/**
 * The name and description of every element of every html5lib tree-construction document (the
 * malformed-HTML corpus) compute without an exception, and are normalised.
 */
class AccnameRobustnessTest {
  @Test
  void everyElementOfTheMalformedCorpusGetsANameAndDescription() throws IOException {
    List<String> problems = new ArrayList<>();
    int elements = 0;
    for (String doc : documents()) {
      Page page = HtmlSnapshot.parse(doc, "html5lib");
      Aria aria = Aria.of(page);
      for (Element e : page.elements()) {
        elements++;
        try {
          for (AccessibleName n : List.of(aria.name(e), aria.description(e))) {
            if (!n.value().equals(n.value().strip()) || n.value().contains("  ")) {
              problems.add("not normalised: '" + n.value() + "' in " + doc);
            }
          }
        } catch (RuntimeException ex) {
          problems.add(ex + " in " + doc);
        }
      }
    }
    assertThat(elements).isGreaterThan(5000);
    assertThat(problems).isEmpty();
  }

  private static List<String> documents() throws IOException {
    Path dir = SharedData.shared().resolve("html5lib/tree-construction");
    List<String> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".dat")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        for (String block : text.split("\n#data\n")) {
          String b = block.startsWith("#data\n") ? block.substring(6) : block;
          int end = b.indexOf("\n#errors");
          if (end >= 0) docs.add(b.substring(0, end));
        }
      }
    }
    return docs;
  }
}
