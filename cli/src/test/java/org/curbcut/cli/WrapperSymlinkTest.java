package org.curbcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.curbcut.testkit.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/curbcut} works when reached through a symbolic link ({@code ln -s .../bin/curbcut
 * ~/bin/curbcut}): it finds its own project, not the link's folder. The real script runs in a
 * copy of the project whose jar is a probe (so no build is needed and none starts).
 */
class WrapperSymlinkTest {
  @TempDir Path dir;
  private Path project;

  @BeforeEach
  void projectWithAProbeJar() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/env")) && Files.isExecutable(Path.of("/bin/bash")),
        "bash is needed to run bin/curbcut");
    project = Files.createDirectories(dir.resolve("project"));
    Path script = Files.createDirectories(project.resolve("bin")).resolve("curbcut");
    Files.copy(SharedData.root().resolve("bin/curbcut"), script);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path jar = Files.createDirectories(project.resolve("cli/target")).resolve("curbcut.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, WrapperProbe.class.getName());
    String entry = WrapperProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest);
         InputStream cls = WrapperProbe.class.getClassLoader().getResourceAsStream(entry)) {
      j.putNextEntry(new JarEntry(entry));
      cls.transferTo(j);
      j.closeEntry();
    }
  }

  private String run(Path command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command.toString(), "--version").directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void anAbsoluteLinkInAnotherFolderRunsTheProjectsJar() throws Exception {
    Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("home/bin")).resolve("curbcut"),
        project.resolve("bin/curbcut"));
    assertThat(run(link)).isEqualTo("probe ran: --version\n");
  }

  @Test
  void aChainOfRelativeLinksIsFollowedToo() throws Exception {
    Path middle = Files.createSymbolicLink(Files.createDirectories(dir.resolve("opt")).resolve("cc"),
        Path.of("../project/bin/curbcut"));
    Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("home/bin")).resolve("curbcut"),
        Path.of("../../opt/cc"));
    assertThat(Files.isSymbolicLink(middle)).isTrue();
    assertThat(run(link)).isEqualTo("probe ran: --version\n");
  }

  @Test
  void theScriptItselfStillRuns() throws Exception {
    assertThat(run(project.resolve("bin/curbcut"))).isEqualTo("probe ran: --version\n");
  }
}
