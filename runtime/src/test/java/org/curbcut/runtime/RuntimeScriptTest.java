package org.curbcut.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuntimeScriptTest {
  private static final Path SOURCES = Path.of("src/main/js");
  private static final Pattern EXPORTED = Pattern.compile("^export (?:async )?(?:function|const|let|class) (\\w+)", Pattern.MULTILINE);
  private static final Pattern STATIC_IMPORT = Pattern.compile("^import [^;]*?from '(\\./[^']+)'", Pattern.MULTILINE);

  @Test
  void everyModuleAsWrittenShipsMinifiedUnderItsOwnName() throws Exception {
    List<Path> modules;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      modules = files.filter(p -> p.toString().endsWith(".js")).toList();
    }
    assertThat(modules).hasSizeGreaterThan(20);
    for (Path module : modules) {
      String name = SOURCES.relativize(module).toString().replace('\\', '/');
      String written = Files.readString(module, StandardCharsets.UTF_8);
      String shipped = new String(RuntimeScript.file(name).orElseThrow(() -> new AssertionError(name + " is not in the jar")), StandardCharsets.UTF_8);
      // the entry ships bundled with what it imports statically (ADR 0015): smaller than all of those as written
      long writtenSize = name.equals(RuntimeScript.ENTRY) ? staticGraph(module, new java.util.HashSet<>()) : written.length();
      assertThat((long) shipped.length()).as(name).isLessThan(writtenSize);
      assertThat(shipped).as(name + ": no comment is shipped").doesNotContain("\n//").doesNotContain("/**");
      Matcher exported = EXPORTED.matcher(written);
      while (exported.find()) assertThat(shipped).as(name + " still exports " + exported.group(1)).contains(exported.group(1));
    }
    assertThat(RuntimeScript.file("locales/es.json")).isPresent();
  }

  @Test
  void theEntryIsOneFileThatLoadsOnlyWhatItNeedsLater() throws Exception {
    String shipped = new String(RuntimeScript.file(RuntimeScript.ENTRY).orElseThrow(), StandardCharsets.UTF_8);
    assertThat(shipped).as("no static import: the core is one request").doesNotContainPattern("(?:^|[;}])\\s*import\\s*[{*\"']");
    assertThat(shipped).contains("import(\"./panel.js\")").contains("import(\"./widgets/index.js\")");
  }

  /** The characters of a module and of every module it imports statically, as written. */
  private static long staticGraph(Path module, java.util.Set<Path> seen) throws Exception {
    if (!seen.add(module.normalize())) return 0;
    String text = Files.readString(module, StandardCharsets.UTF_8);
    long size = text.length();
    Matcher m = STATIC_IMPORT.matcher(text);
    while (m.find()) size += staticGraph(module.resolveSibling(m.group(1)), seen);
    return size;
  }

  @Test
  void integrityIsTheSha384OfTheShippedFileInBase64() throws Exception {
    byte[] shipped = RuntimeScript.file("curbcut.js").orElseThrow();
    String expected = "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(shipped));
    assertThat(RuntimeScript.integrity("curbcut.js")).hasValue(expected);
    assertThat(expected).hasSize("sha384-".length() + 64);
  }

  @Test
  void namesOutsideTheRuntimeAreNeverRead() {
    assertThat(RuntimeScript.file("../resources/curbcut/curbcut.js")).isEmpty();
    assertThat(RuntimeScript.file("/etc/passwd")).isEmpty();
    assertThat(RuntimeScript.file("")).isEmpty();
    assertThat(RuntimeScript.file(null)).isEmpty();
    assertThat(RuntimeScript.file("missing.js")).isEmpty();
    assertThat(RuntimeScript.integrity("missing.js")).isEmpty();
  }

  @Test
  void theTagLoadsTheModuleWithItsHashAndThePagesNonce() {
    String tag = RuntimeScript.scriptTag("/.curbcut/runtime", "r4nd\"om");
    assertThat(tag).isEqualTo("<script type=\"module\" src=\"/.curbcut/runtime/curbcut.js\" integrity=\""
        + RuntimeScript.integrity("curbcut.js").orElseThrow() + "\" nonce=\"r4nd&quot;om\"></script>");
    assertThat(RuntimeScript.scriptTag("/x/", null)).doesNotContain("nonce").contains("src=\"/x/curbcut.js\"");
  }

  @Test
  void theVersionIsTheProjects() {
    assertThat(RuntimeScript.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
