package org.curbcut.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.input.PageLoader;
import org.curbcut.input.PageSource;

/**
 * The files a run reads, so that no output of {@code audit} or {@code fix} is ever written over
 * one: an output is an input when its path is one, when it leads to one through symbolic links,
 * or when it is the same file under another name (a hard link).
 */
final class InputFiles {
  /** Input files by normalized absolute path, with the name the user knows them by. */
  private final Map<Path, String> byPath = new HashMap<>();
  /** The same files by file key (device and inode, where the file system has them). */
  private final Map<Object, String> byKey = new HashMap<>();

  /** The local pages of resolved inputs. */
  static InputFiles of(List<PageLoader.Resolved> resolved) {
    InputFiles files = new InputFiles();
    for (PageLoader.Resolved r : resolved) {
      if (r.ok() && r.source() instanceof PageSource.LocalFile f) files.add(f.path(), r.name());
    }
    return files;
  }

  /** Adds a file that is read, named so in messages. */
  void add(Path file, String name) {
    byPath.putIfAbsent(FixLayout.abs(file), name);
    Object key = key(file);
    if (key != null) byKey.putIfAbsent(key, name);
  }

  /** True when the file is read (by any of its names). */
  boolean contains(Path file) {
    return find(file).isPresent();
  }

  /** The name of the input {@code file} is, if it is one. */
  Optional<String> find(Path file) {
    String name = byPath.get(FixLayout.abs(file));
    if (name == null) name = byPath.get(FixLayout.real(file));
    if (name == null) {
      Object key = key(file);
      if (key != null) name = byKey.get(key);
    }
    return Optional.ofNullable(name);
  }

  /** The file's identity on its file system, following links; null when it does not exist or has none. */
  private static Object key(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }
}
