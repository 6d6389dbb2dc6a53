package org.curbcut.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.curbcut.input.LoadException;
import org.curbcut.input.PageLoader;
import org.curbcut.input.PageSource;

/**
 * Where {@code curbcut fix} reads and writes, decided before any page is repaired so that a
 * mistake stops the run before anything is written.
 *
 * <ul>
 *   <li>{@code --out DIR}: a folder input keeps its relative paths under DIR, and its other files
 *       (stylesheets, scripts, images…) are copied, so DIR is a working site; a file input goes to
 *       DIR/its name; a URL to DIR/host/path/index.html (a path ending in .html keeps its name).
 *       DIR may not be an input folder or inside one, and no output may land on an input.
 *       Symbolic links are never followed out of an input folder: such a page or file is
 *       reported, not read, repaired or copied.</li>
 *   <li>{@code --in-place}: changed pages are rewritten ({@link InPlaceWriter}: only their text
 *       changes, or they are left as they were with the reason); URLs are refused.</li>
 *   <li>Diff paths: relative to the current folder, so {@code git apply} / {@code patch -p1} run
 *       there; an input outside the current folder is named from the folder that contains it.</li>
 * </ul>
 */
final class FixLayout {
  enum Kind { FILE, FOLDER, URL }

  /**
   * One page to repair.
   *
   * @param resolved the page (or why its input names none)
   * @param input the input it came from, as given
   * @param kind what the input is
   * @param output where the repaired page goes (--out), else null
   * @param shownOutput the output path as shown in reports (--out: under DIR as given)
   * @param diffPath the page's path in the diff; null for URLs
   */
  record Job(PageLoader.Resolved resolved, String input, Kind kind, Path output, String shownOutput, String diffPath) {}

  /** A file of an input folder copied unchanged to --out. */
  record Asset(Path from, Path to) {}

  /** A file of an input folder that is not copied, and why (a symbolic link out of the folder). */
  record Refused(Path file, String reason) {}

  final List<Job> jobs = new ArrayList<>();
  final List<Asset> assets = new ArrayList<>();
  final List<Refused> refused = new ArrayList<>();
  /** Input folders (normalized absolute paths) and how they were named. */
  private final Map<Path, String> folders = new LinkedHashMap<>();
  /** Input page files and folder files (normalized absolute paths): each is planned once. */
  private final Set<Path> planned = new HashSet<>();
  /** The same files, by every name they have: no output may be one of them. */
  private final InputFiles inputs = new InputFiles();

  private FixLayout() {}

  static FixLayout plan(List<String> inputs, PageLoader loader, Path out, boolean inPlace) {
    FixLayout l = new FixLayout();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Set<Path> seenPages = new HashSet<>();
    for (String input : inputs) {
      List<PageLoader.Resolved> resolved = loader.resolve(input);
      boolean url = input.toLowerCase(Locale.ROOT).matches("https?://.*");
      if (url && inPlace) {
        throw new UsageError("--in-place cannot rewrite a URL (" + input + "); use --out DIR");
      }
      Path inputPath = url ? null : safePath(input);
      boolean folder = inputPath != null && Files.isDirectory(inputPath);
      Kind kind = url ? Kind.URL : folder ? Kind.FOLDER : Kind.FILE;
      if (folder) l.folders.put(abs(inputPath), input);
      for (PageLoader.Resolved r : resolved) {
        if (!r.ok()) {
          l.jobs.add(new Job(r, input, kind, null, "", null));
          continue;
        }
        if (r.source() instanceof PageSource.LocalFile f) {
          Path file = abs(f.path());
          if (!seenPages.add(file)) continue; // the same page named twice: repaired once
          String outside = outsideItsFolder(f);
          if (outside != null) {
            // a link out of the input: neither read, repaired, copied nor rewritten
            l.jobs.add(new Job(new PageLoader.Resolved(r.name(), null, new LoadException(r.name(), outside)), input, kind,
                null, "", null));
            continue;
          }
          l.planned.add(file);
          l.inputs.add(file, r.name());
          Path rel = abs(f.root()).relativize(file);
          Path output = out == null ? null : abs(out).resolve(rel).normalize();
          String shown = out == null ? "" : out.resolve(rel).toString();
          String diffPath;
          if (file.startsWith(cwd) && !file.equals(cwd)) {
            diffPath = slashes(cwd.relativize(file));
          } else if (kind == Kind.FOLDER) {
            Path name = abs(f.root()).getFileName();
            diffPath = (name == null ? "" : name + "/") + slashes(rel);
          } else {
            diffPath = slashes(rel);
          }
          l.jobs.add(new Job(r, input, kind, output, shown, diffPath));
        } else {
          URI uri = ((PageSource.Remote) r.source()).uri();
          String rel = urlPath(uri);
          Path output = out == null ? null : abs(out).resolve(rel).normalize();
          l.jobs.add(new Job(r, input, kind, output, out == null ? "" : out.resolve(rel).toString(), null));
        }
      }
      if (folder && out != null) l.assets(inputPath, out);
    }
    if (out != null) l.checkOut(out);
    return l;
  }

  private static Path safePath(String input) {
    try {
      if (input.toLowerCase(Locale.ROOT).startsWith("file:")) return Path.of(URI.create(input));
      return Path.of(input);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Why a page is not repaired when it leads out of its input folder through a symbolic link
   * ({@code evil.html -> /etc/passwd}); null when it stays inside.
   */
  private static String outsideItsFolder(PageSource.LocalFile f) {
    try {
      Path target = f.path().toRealPath();
      Path folder = f.root().toRealPath();
      return target.startsWith(folder) ? null : Messages.get("link.page-outside", target, f.root());
    } catch (IOException e) {
      return null; // unreadable: the loader says why
    }
  }

  private void assets(Path dir, Path out) {
    Path root = abs(dir);
    Path realRoot = real(root);
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && skipped(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          Path file = abs(f);
          if (skipped(f) || planned.contains(file)) return FileVisitResult.CONTINUE;
          if (attrs.isSymbolicLink()) {
            String outside = linkOutside(f, realRoot, dir);
            if (outside != null) {
              refused.add(new Refused(f, outside));
              return FileVisitResult.CONTINUE;
            }
            // a link to a folder inside the input: its files are copied from where they are
            if (!Files.isRegularFile(f)) return FileVisitResult.CONTINUE;
          } else if (!attrs.isRegularFile()) {
            return FileVisitResult.CONTINUE;
          }
          planned.add(file);
          inputs.add(f, f.toString());
          assets.add(new Asset(f, abs(out).resolve(root.relativize(file)).normalize()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // unreadable parts of the folder: its pages are reported by the loader
    }
  }

  /** Why a symbolic link of an input folder is not followed (it leaves the folder, or leads nowhere); null when it stays inside. */
  private static String linkOutside(Path link, Path realRoot, Path folder) {
    try {
      Path target = link.toRealPath();
      return target.startsWith(realRoot) ? null : Messages.get("link.file-outside", link, target, folder);
    } catch (IOException e) {
      return Messages.get("link.dangling", link);
    }
  }

  /** Hidden files and folders and node_modules are not part of the site (as for the audit). */
  private static boolean skipped(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString();
    return n.startsWith(".") || n.equals("node_modules");
  }

  /** Refuses an --out that would write into an input folder, over an input, or twice to one file. */
  private void checkOut(Path out) {
    Path o = abs(out);
    Path realO = real(o);
    for (Map.Entry<Path, String> f : folders.entrySet()) {
      if ((o.startsWith(f.getKey()) || realO.startsWith(real(f.getKey())))) {
        throw new UsageError("--out " + out + " is " + (o.equals(f.getKey()) ? "" : "inside ") + "the input folder "
            + f.getValue() + "; choose a folder outside it (or use --in-place to rewrite the input)");
      }
    }
    Map<Path, String> written = new HashMap<>();
    List<Path> targets = new ArrayList<>();
    List<String> from = new ArrayList<>();
    for (Job j : jobs) {
      if (j.output() == null) continue;
      targets.add(j.output());
      from.add(j.resolved().name());
    }
    for (Asset a : assets) {
      targets.add(a.to());
      from.add(a.from().toString());
    }
    for (int i = 0; i < targets.size(); i++) {
      Path t = targets.get(i);
      if (inputs.contains(t)) {
        throw new UsageError("--out " + out + " would overwrite the input " + from.get(i) + "; choose another folder");
      }
      for (Map.Entry<Path, String> f : folders.entrySet()) {
        if ((t.startsWith(f.getKey()) || real(t).startsWith(real(f.getKey())))) {
          throw new UsageError("--out " + out + " would write " + t + " into the input folder " + f.getValue()
              + "; choose another folder");
        }
      }
      String before = written.putIfAbsent(t, from.get(i));
      if (before != null) {
        throw new UsageError("both " + before + " and " + from.get(i) + " would be written to " + t
            + "; repair them in separate runs or with separate --out folders");
      }
    }
  }

  /**
   * Refuses a report or diff file that would overwrite an input (by any of its names), is a
   * symbolic link or a folder, or (without --in-place) lands in an input folder.
   */
  void checkExtraOutput(String option, Path file, boolean inPlace) {
    Path f = abs(file);
    if (inputs.contains(f)) {
      throw new UsageError(option + " " + file + " would overwrite an input file; choose another path");
    }
    if (Files.isSymbolicLink(f)) throw Messages.usage("output.is-link", option + " " + file);
    if (Files.isDirectory(f)) throw Messages.usage("output.is-folder", option + " " + file);
    if (inPlace) return;
    for (Map.Entry<Path, String> d : folders.entrySet()) {
      if ((f.startsWith(d.getKey()) || real(f).startsWith(real(d.getKey())))) {
        throw new UsageError(option + " " + file + " is inside the input folder " + d.getValue()
            + ", which fix never writes into without --in-place; write it elsewhere");
      }
    }
  }

  /** The output path of a URL page: host[_port]/path segments, index.html for a folder-like path. */
  static String urlPath(URI uri) {
    StringBuilder b = new StringBuilder(segment(uri.getHost() == null ? "unknown-host" : uri.getHost().toLowerCase(Locale.ROOT)));
    if (uri.getPort() > 0) b.append('_').append(uri.getPort());
    String path = uri.getPath() == null ? "" : uri.getPath();
    List<String> parts = new ArrayList<>();
    for (String s : path.split("/")) {
      if (s.isEmpty() || s.equals(".") || s.equals("..")) continue;
      parts.add(segment(s));
    }
    boolean named = !parts.isEmpty() && !path.endsWith("/")
        && parts.get(parts.size() - 1).toLowerCase(Locale.ROOT).matches(".+\\.(html?|xhtml|svg)");
    for (String p : parts) b.append('/').append(p);
    if (!named) b.append("/index.html");
    return b.toString();
  }

  private static String segment(String s) {
    String t = s.replaceAll("[\\\\:*?\"<>|\\x00-\\x1f]", "_");
    return t.isBlank() ? "_" : t;
  }

  static Path abs(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** The real path of the longest existing prefix, joined with the rest. */
  static Path real(Path p) {
    Path a = abs(p);
    Path existing = a;
    while (existing != null && !Files.exists(existing)) existing = existing.getParent();
    if (existing == null) return a;
    try {
      return existing.toRealPath().resolve(existing.relativize(a)).normalize();
    } catch (IOException e) {
      return a;
    }
  }

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }
}
