package org.curbcut.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RuntimeScriptTest {
  private static final Path SOURCES = Path.of("src/main/resources", RuntimeScript.RESOURCE_ROOT);

  @Test
  void theEntryShipsByteForByteAsWritten() throws Exception {
    byte[] onDisk = read("curbcut.js");
    assertThat(RuntimeScript.file("curbcut.js")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(onDisk));
    assertThat(RuntimeScript.file("locales/es.json")).isPresent();
  }

  @Test
  void integrityIsTheSha384OfTheFileInBase64() throws Exception {
    String expected = "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(read("curbcut.js")));
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

  private static byte[] read(String name) throws Exception {
    return Files.readAllBytes(SOURCES.resolve(name));
  }
}
