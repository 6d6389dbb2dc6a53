package org.curbcut.input;

import java.net.URI;
import java.nio.file.Path;

/** One page to load: a local file or an http(s) URL. Build them with {@link PageLoader#resolve}. */
public sealed interface PageSource permits PageSource.LocalFile, PageSource.Remote {

  /** The name reports use: the path as the user wrote it (joined with the path found in a folder), or the URL. */
  String name();

  /**
   * A local file.
   *
   * @param path the file
   * @param root the folder its linked stylesheets must stay inside (the audited folder, or the file's own folder)
   * @param name how reports name it
   */
  record LocalFile(Path path, Path root, String name) implements PageSource {}

  /**
   * An http or https URL.
   *
   * @param uri the absolute URL (without user name and password)
   * @param name how reports name it (the URL as given, without user name and password)
   */
  record Remote(URI uri, String name) implements PageSource {
    /** Drops the URL's user name and password from both, so they never reach a report. */
    public Remote {
      uri = UrlCredentials.strip(uri);
      name = UrlCredentials.strip(name);
    }
  }
}
