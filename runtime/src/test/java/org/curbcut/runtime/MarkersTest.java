package org.curbcut.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The marker vocabulary is one: every name the fixers may write is read by the script. */
class MarkersTest {
  @Test
  void theScriptReadsEveryMarker() throws Exception {
    String script = scriptSources();
    for (Field f : Markers.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) continue;
      String name = (String) f.get(null);
      assertThat(name).startsWith("data-curbcut-");
      assertThat(script).as("the runtime reads %s (Markers.%s)", name, f.getName()).contains(name);
    }
  }

  @Test
  void theScriptHasAModuleForEveryWidgetPattern() throws Exception {
    Path widgets = Path.of("src/main/js/widgets");
    String index = Files.readString(widgets.resolve("index.js"));
    for (String pattern : Markers.WIDGET_PATTERNS) {
      assertThat(index).as("widgets/index.js knows %s", pattern).containsPattern("[(|]" + java.util.regex.Pattern.quote(pattern) + "[|)]");
      assertThat(widgets.resolve((pattern.equals("menubar") ? "menu" : pattern) + ".js")).as("the module of %s", pattern).exists();
    }
  }

  private static String scriptSources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/js"))) {
      return files.filter(p -> p.toString().endsWith(".js")).map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.joining("\n"));
    }
  }
}
