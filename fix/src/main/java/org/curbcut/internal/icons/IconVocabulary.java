package org.curbcut.internal.icons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The icon tokens and brand domains of {@code icon-names.json}, loaded once. */
public final class IconVocabulary {
  private static final IconVocabulary INSTANCE = load();

  private final Map<String, String> nameByToken;
  private final Map<String, String> nameByDomain;
  private final Map<String, String> nameByConcept;

  private IconVocabulary(Map<String, String> nameByToken, Map<String, String> nameByDomain,
                         Map<String, String> nameByConcept) {
    this.nameByToken = nameByToken;
    this.nameByDomain = nameByDomain;
    this.nameByConcept = nameByConcept;
  }

  public static IconVocabulary get() {
    return INSTANCE;
  }

  private static IconVocabulary load() {
    try (InputStream in = IconVocabulary.class.getResourceAsStream("icon-names.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, String> tokens = new HashMap<>();
      Map<String, String> concepts = new HashMap<>();
      root.get("concepts").fields().forEachRemaining(c -> {
        String name = c.getValue().get("name").asText();
        concepts.put(c.getKey().toLowerCase(Locale.ROOT), name);
        // other words class names use for the concept ("prev")
        if (c.getValue().has("words")) c.getValue().get("words").forEach(w -> concepts.put(w.asText().toLowerCase(Locale.ROOT), name));
        c.getValue().get("tokens").forEach(t -> tokens.put(t.asText().toLowerCase(Locale.ROOT), name));
      });
      Map<String, String> domains = new LinkedHashMap<>();
      root.get("domains").fields().forEachRemaining(d -> domains.put(d.getKey(), d.getValue().asText()));
      return new IconVocabulary(tokens, domains, concepts);
    } catch (IOException e) {
      throw new UncheckedIOException("icon-names.json unreadable", e);
    }
  }

  /** The name an icon class or ligature stands for ("fa-cart-shopping" → "Cart"). */
  public Optional<String> forToken(String token) {
    String t = token.trim().toLowerCase(Locale.ROOT);
    String n = nameByToken.get(t);
    if (n == null && t.startsWith("icon-")) n = nameByToken.get(t.substring(5));
    return Optional.ofNullable(n);
  }

  /**
   * The name of a concept written as a plain word ("search" → "Search"), for words of a control's
   * own class or id ({@code class="search-btn"}). Words of one or two letters are not read: "x"
   * is a brand here but a size or an axis in most class names.
   */
  public Optional<String> forWord(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT);
    return w.length() < 3 ? Optional.empty() : Optional.ofNullable(nameByConcept.get(w));
  }

  /** The brand of a host (and optional path), e.g. "www.facebook.com" → "Facebook". */
  public Optional<String> forHost(String host, String path) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("www.")) h = h.substring(4);
    if (h.startsWith("m.")) h = h.substring(2);
    for (Map.Entry<String, String> d : nameByDomain.entrySet()) {
      String key = d.getKey();
      int slash = key.indexOf('/');
      String keyHost = slash < 0 ? key : key.substring(0, slash);
      String keyPath = slash < 0 ? "" : key.substring(slash);
      boolean hostMatch = h.equals(keyHost) || h.endsWith("." + keyHost);
      if (hostMatch && (keyPath.isEmpty() || path.startsWith(keyPath))) return Optional.of(d.getValue());
    }
    return Optional.empty();
  }
}
