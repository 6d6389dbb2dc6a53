package org.curbcut.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches one http(s) resource with a connect timeout, a timeout for the whole response, a size
 * limit enforced while reading, redirects followed, and a Content-Type check. Every failure comes
 * back as a {@link LoadException} with one line that says what happened.
 */
final class HttpFetcher {

  /** What is being fetched, which decides the Content-Types accepted. */
  enum Kind { PAGE, STYLESHEET }

  /**
   * A successful response.
   *
   * @param uri the final URI, after redirects
   * @param mimeType the media type, lower-case, without parameters ("" when absent)
   * @param charset the charset parameter of the Content-Type, or null
   * @param body the bytes
   */
  record Response(URI uri, String mimeType, String charset, byte[] body) {
    boolean isSvg() {
      return mimeType.equals("image/svg+xml");
    }
  }

  private static final List<String> PAGE_TYPES = List.of("text/html", "application/xhtml+xml", "image/svg+xml", "");
  private static final List<String> CSS_TYPES = List.of("text/css", "");

  /** True for the media types read as pages: HTML, XHTML, SVG, and none given. */
  static boolean isPageType(String mimeType) {
    return PAGE_TYPES.contains(mimeType);
  }

  private final PageLoader.Options options;
  private final HttpClient client;

  HttpFetcher(PageLoader.Options options) {
    this.options = options;
    this.client = HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  Response fetch(URI uri, String name, Kind kind) throws LoadException {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri)
          .timeout(options.readTimeout())
          .header("User-Agent", "curbcut/" + version() + " (accessibility audit)")
          .header("Accept", kind == Kind.PAGE
              ? "text/html,application/xhtml+xml;q=0.9,image/svg+xml;q=0.8,*/*;q=0.1"
              : "text/css,*/*;q=0.1")
          .GET()
          .build();
    } catch (IllegalArgumentException e) {
      throw new LoadException(name, "not a valid URL", e);
    }
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, handler(kind));
    try {
      HttpResponse<byte[]> res = future.get(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
      String type = res.headers().firstValue("content-type").orElse("");
      return new Response(res.uri(), mimeType(type), charset(type).orElse(null), res.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new LoadException(name, "timed out: no complete response within " + seconds(options.readTimeout().toMillis()), e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new LoadException(name, "interrupted", e);
    } catch (ExecutionException e) {
      throw new LoadException(name, describe(e.getCause(), uri), e.getCause());
    } catch (OutOfMemoryError e) {
      future.cancel(true);
      throw new LoadException(name, "not enough memory to read it (raise -Xmx)");
    }
  }

  private HttpResponse.BodyHandler<byte[]> handler(Kind kind) {
    long max = options.maxBytes();
    return info -> {
      int status = info.statusCode();
      if (status < 200 || status > 299) return new Limited(max, "HTTP " + status + reasonPhrase(status));
      String type = info.headers().firstValue("content-type").orElse("");
      String mime = mimeType(type);
      List<String> accepted = kind == Kind.PAGE ? PAGE_TYPES : CSS_TYPES;
      if (!accepted.contains(mime)) {
        return new Limited(max, kind == Kind.PAGE
            ? "not an HTML page (Content-Type: " + mime + ")"
            : "not a stylesheet (Content-Type: " + mime + ")");
      }
      long length = info.headers().firstValueAsLong("content-length").orElse(-1L);
      if (length > max) return new Limited(max, PageLoader.tooLarge(length, max));
      return new Limited(max, null);
    };
  }

  /** A refusal decided from the status line or headers, or while reading the body. */
  static final class Rejected extends IOException {
    private static final long serialVersionUID = 1L;

    Rejected(String reason) {
      super(reason);
    }
  }

  /** Collects the body up to a limit; or, given a rejection, cancels at once and fails with it. */
  private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final String rejection;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private ByteArrayOutputStream buffer;
    private Flow.Subscription subscription;
    private long received;

    Limited(long max, String rejection) {
      this.max = max;
      this.rejection = rejection;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (rejection != null) {
        s.cancel();
        result.completeExceptionally(new Rejected(rejection));
        return;
      }
      buffer = new ByteArrayOutputStream(8192);
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) return;
      for (ByteBuffer b : items) {
        received += b.remaining();
        if (received > max) {
          subscription.cancel();
          buffer = null;
          result.completeExceptionally(new Rejected(PageLoader.tooLarge(-1, max)));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        buffer.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      if (result.isDone()) return;
      byte[] bytes = buffer.toByteArray();
      buffer = null;
      result.complete(bytes);
    }
  }

  /** One line for what went wrong, from the innermost cause that says something. */
  static String describe(Throwable t, URI uri) {
    String host = uri.getHost();
    String where = host + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof Rejected) return c.getMessage();
      if (c instanceof HttpConnectTimeoutException) return "timed out connecting to " + where;
      if (c instanceof HttpTimeoutException) return "timed out waiting for a response from " + where;
      if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) return "unknown host " + host;
      if (c instanceof SSLException) {
        return "TLS error talking to " + where + (c.getMessage() == null ? "" : ": " + c.getMessage());
      }
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ConnectException) return "cannot connect to " + where + ": connection refused";
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof OutOfMemoryError) return "not enough memory to read it (raise -Xmx)";
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String m = root.getMessage();
    if (m == null || m.isBlank()) m = t.getMessage();
    String kind = root.getClass().getSimpleName();
    return "network error talking to " + where + ": " + (m == null || m.isBlank() ? kind : m);
  }

  static String mimeType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi >= 0 ? contentType.substring(0, semi) : contentType).strip().toLowerCase(Locale.ROOT);
  }

  static Optional<String> charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        String v = p.substring(eq + 1).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
        return v.isBlank() ? Optional.empty() : Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static String reasonPhrase(int status) {
    return switch (status) {
      case 400 -> " Bad Request";
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 405 -> " Method Not Allowed";
      case 406 -> " Not Acceptable";
      case 408 -> " Request Timeout";
      case 410 -> " Gone";
      case 429 -> " Too Many Requests";
      case 500 -> " Internal Server Error";
      case 501 -> " Not Implemented";
      case 502 -> " Bad Gateway";
      case 503 -> " Service Unavailable";
      case 504 -> " Gateway Timeout";
      default -> status >= 300 && status < 400 ? " (redirect not followed)" : "";
    };
  }

  private static String version() {
    String v = HttpFetcher.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
