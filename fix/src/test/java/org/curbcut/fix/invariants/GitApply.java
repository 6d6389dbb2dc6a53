package org.curbcut.fix.invariants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs {@code git apply} on a patch file in a folder (no repository needed). */
final class GitApply {
  private GitApply() {}

  /** The exit code of {@code git apply <patch>} run in {@code dir}; git's output goes to stderr. */
  static int apply(Path dir, Path patch) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("git", "apply", "--whitespace=nowarn", patch.toAbsolutePath().toString())
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    if (code != 0) System.err.println(out);
    return code;
  }
}
