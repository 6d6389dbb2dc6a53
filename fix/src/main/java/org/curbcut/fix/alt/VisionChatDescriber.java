package org.curbcut.fix.alt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixContext;

/**
 * Asks an OpenAI-compatible vision chat endpoint (for example a model server on the owner's own
 * network) for alt text. Switched on by the site owner; never called otherwise. Any error, time-out
 * or empty answer gives nothing, so the image goes to a person.
 */
public final class VisionChatDescriber implements ImageDescriber {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ALT = 150;

  private final URI endpoint;
  private final String model;
  private final String apiKey;
  private final Duration timeout;
  private final HttpClient http;

  /**
   * @param baseUrl the server's base URL, e.g. {@code http://127.0.0.1:8000/v1}
   * @param model the model name the server expects
   * @param apiKey a bearer token, or null
   */
  public VisionChatDescriber(String baseUrl, String model, String apiKey, Duration timeout) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.endpoint = URI.create(base + "/chat/completions");
    this.model = model;
    this.apiKey = apiKey;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public String name() {
    return "vision";
  }

  @Override
  public Optional<Description> describe(ImageInput image) {
    Optional<byte[]> bytes = image.bytes();
    if (bytes.isEmpty()) return Optional.empty();
    try {
      HttpRequest.Builder req = HttpRequest.newBuilder(endpoint).timeout(timeout)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request(bytes.get()))));
      if (apiKey != null && !apiKey.isBlank()) req.header("Authorization", "Bearer " + apiKey);
      HttpResponse<String> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
      if (resp.statusCode() != 200) return Optional.empty();
      JsonNode content = JSON.readTree(resp.body()).path("choices").path(0).path("message").path("content");
      String alt = clean(content.asText(""));
      if (alt.isEmpty()) return Optional.empty();
      return Optional.of(new Description(alt, FixContext.message("alt.vision", model), Confidence.NEEDS_REVIEW));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private ObjectNode request(byte[] image) {
    ObjectNode root = JSON.createObjectNode();
    root.put("model", model);
    root.put("max_tokens", 80);
    root.put("temperature", 0);
    ArrayNode messages = root.putArray("messages");
    ObjectNode user = messages.addObject();
    user.put("role", "user");
    ArrayNode content = user.putArray("content");
    content.addObject().put("type", "text").put("text", FixContext.message("alt.vision.prompt"));
    ObjectNode img = content.addObject();
    img.put("type", "image_url");
    img.putObject("image_url").put("url", "data:" + mimeType(image) + ";base64," + Base64.getEncoder().encodeToString(image));
    return root;
  }

  static String mimeType(byte[] b) {
    if (b.length > 3 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "image/png";
    if (b.length > 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) return "image/jpeg";
    if (b.length > 3 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') return "image/gif";
    if (b.length > 11 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') return "image/webp";
    return "image/svg+xml";
  }

  /** One line, no quotes or "Alt text:" prefix, at most 150 characters. */
  static String clean(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    t = t.replaceFirst("(?i)^(alt( text)?|description)\\s*:\\s*", "");
    if (t.length() > 1 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      t = t.substring(1, t.length() - 1).trim();
    }
    return t.length() > MAX_ALT ? ContextDescriber.shorten(t) : t;
  }
}
