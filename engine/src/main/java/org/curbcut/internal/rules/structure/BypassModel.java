package org.curbcut.internal.rules.structure;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/**
 * What the bypass-blocks rules (ACT cf77f2 and its inputs) need to know about a page: its blocks
 * of likely repeated content and whether non-repeated content follows them.
 *
 * <p>Whether content is repeated across a set of pages cannot be read from one page. Curbcut takes
 * as repeated blocks what authors mark as such: navigation, banner, complementary, contentinfo
 * and search landmarks outside {@code main}, and a list of links that opens the page. A page
 * with none of these is undecided (the rules say cantTell).
 */
final class BypassModel {
  private static final Set<String> BLOCK_ROLES = Set.of("navigation", "banner", "complementary", "contentinfo", "search");
  private static final Pattern SCRIPT_TARGET = Pattern.compile("['\"]#([A-Za-z][\\w:.-]*)['\"]");

  final Page page;
  final Aria aria;
  final List<Element> blocks = new ArrayList<>();
  /** The same blocks as a set, for {@link #inBlock}. */
  private final Set<Element> blockSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  /** Perceivable content in tree order: non-whitespace text nodes and embedded content. */
  final List<Node> content = new ArrayList<>();
  private final Map<Node, Integer> position = new IdentityHashMap<>();

  private static final RuleContext.Key<BypassModel> KEY = RuleContext.Key.of("bypass-model");

  final RuleContext ctx;

  /** The model of the audited page, computed once per audit and shared by the bypass rules. */
  static BypassModel of(RuleContext ctx) {
    return ctx.memo(KEY, () -> new BypassModel(ctx));
  }

  private BypassModel(RuleContext ctx) {
    this.ctx = ctx;
    this.page = ctx.page();
    this.aria = ctx.aria();
    Optional<Element> body = page.body();
    if (body.isEmpty()) return;
    List<Node> all = new ArrayList<>();
    Markup.walk(body.get(), all::add);
    for (int i = 0; i < all.size(); i++) position.put(all.get(i), i);
    for (Node n : all) {
      if (n instanceof Text t && t.parent() != null && !Markup.isWhitespace(t.data())
          && !(t.parent().isHtml() && HtmlStandards.get().hasUnrenderedText(t.parent().name()))
          && Markup.perceivable(aria, t.parent()).isTrue()) {
        content.add(t);
      } else if (n instanceof Element e && e.is("img", "svg", "video", "audio", "iframe", "canvas", "input", "select",
          "textarea", "object", "embed") && !(e.is("input") && e.token("type").orElse("").equals("hidden"))
          && Markup.perceivable(aria, e).isTrue()) {
        content.add(e);
      }
    }
    for (Node n : all) {
      if (n instanceof Element e && isLandmarkBlock(e)) {
        blocks.add(e);
        blockSet.add(e);
      }
    }
    leadingLinkList().ifPresent(l -> {
      blocks.add(l);
      blockSet.add(l);
      blocks.sort((a, b) -> Integer.compare(pos(a), pos(b)));
    });
  }

  private boolean isLandmarkBlock(Element e) {
    String role = Markup.role(aria, e).orElse("");
    if (!BLOCK_ROLES.contains(role)) return false;
    if (Rendering.isRendered(e).isFalse()) return false;
    for (Element a : e.ancestors().toList()) {
      String r = Markup.role(aria, a).orElse("");
      if (r.equals("main") || BLOCK_ROLES.contains(r)) return false;
    }
    return true;
  }

  /** A list of two or more items holding only links, when it is the first content of the page. */
  private Optional<Element> leadingLinkList() {
    for (Node n : content) {
      if (inBlock(n)) continue;
      Element list = n instanceof Element e ? e : n.parent();
      while (list != null && !list.is("ul", "ol")) list = list.parent();
      if (list == null || !isLinkList(list)) return Optional.empty();
      if (list.ancestors().anyMatch(a -> Markup.role(aria, a).map("main"::equals).orElse(false))) return Optional.empty();
      return Optional.of(list);
    }
    return Optional.empty();
  }

  private static boolean isLinkList(Element list) {
    List<Element> items = list.childElements().filter(c -> c.is("li")).toList();
    if (items.size() < 2) return false;
    for (Element li : items) {
      for (Text t : Markup.texts(li)) {
        if (t.parent() == null || t.parent().closest("a") .isEmpty()) return false;
      }
    }
    return true;
  }

  int pos(Node n) {
    Integer p = position.get(n);
    return p == null ? -1 : p;
  }

  boolean hasBlocks() {
    return !blocks.isEmpty();
  }

  boolean inBlock(Node n) {
    if (blockSet.isEmpty()) return false;
    if (n instanceof Element e && blockSet.contains(e)) return true;
    for (Element p = n.composedParent(); p != null; p = p.composedParent()) {
      if (blockSet.contains(p)) return true;
    }
    return false;
  }

  int firstBlockPos() {
    return blocks.isEmpty() ? Integer.MAX_VALUE : pos(blocks.get(0));
  }

  /** True when some perceivable content outside every block comes after the first block. */
  boolean hasNonRepeatedAfterBlocks() {
    Boolean known = nonRepeatedAfterBlocks;
    if (known != null) return known;
    boolean found = false;
    int first = firstBlockPos();
    for (Node n : content) {
      if (pos(n) > first && !inBlock(n)) {
        found = true;
        break;
      }
    }
    nonRepeatedAfterBlocks = found;
    return found;
  }

  // lazily computed facts, shared by the bypass rules (each is a pure function of the model)
  private volatile Boolean nonRepeatedAfterBlocks;
  private volatile Tri exposedMain;
  private volatile Map<Element, Element> instruments;
  private volatile Map<String, Element> namedAnchors;
  private volatile int[] contentPositions;

  /** The first perceivable content at or after the element (its own content first). */
  Optional<Node> contentFrom(Element target) {
    int p = pos(target);
    if (p < 0) return Optional.empty();
    int[] positions = contentPositions;
    if (positions == null) {
      positions = new int[content.size()];
      for (int i = 0; i < positions.length; i++) positions[i] = pos(content.get(i));
      contentPositions = positions;
    }
    // content is in tree order: the first position at or after p
    int lo = 0;
    int hi = positions.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (positions[mid] >= p) hi = mid;
      else lo = mid + 1;
    }
    return lo < positions.length ? Optional.of(content.get(lo)) : Optional.empty();
  }

  /** The usable main landmarks: TRUE when one is certainly in the accessibility tree. */
  Tri hasExposedMain() {
    Tri known = exposedMain;
    if (known != null) return known;
    known = computeExposedMain();
    exposedMain = known;
    return known;
  }

  private Tri computeExposedMain() {
    Tri best = Tri.FALSE;
    for (Element e : page.elements()) {
      if (Markup.inTemplate(e) || !Markup.role(aria, e).map("main"::equals).orElse(false)) continue;
      best = best.or(aria.isHiddenFromAT(e).not());
    }
    return best;
  }

  /** In-page instruments (links with a fragment, script handlers naming one) and the element each moves to. */
  Map<Element, Element> instruments() {
    Map<Element, Element> known = instruments;
    if (known == null) {
      known = java.util.Collections.unmodifiableMap(computeInstruments());
      instruments = known;
    }
    return known;
  }

  private Map<Element, Element> computeInstruments() {
    Map<Element, Element> out = new IdentityHashMap<>();
    for (Element e : page.elements()) {
      if (Markup.inTemplate(e) || Rendering.isRendered(e).isFalse() || Markup.isInert(e)) continue;
      String id = null;
      if (e.is("a", "area") && e.has("href")) {
        String href = e.attrOr("href", "").strip();
        if (href.startsWith("#") && href.length() > 1) id = decode(href.substring(1));
      } else if (e.has("onclick") && (aria.isFocusable(e).isTrue() || e.is("button"))) {
        Matcher m = SCRIPT_TARGET.matcher(e.attrOr("onclick", ""));
        if (m.find()) id = m.group(1);
      }
      if (id == null) continue;
      Optional<Element> target = target(id);
      target.ifPresent(t -> out.put(e, t));
    }
    return out;
  }

  /** The element a fragment points to: an id, else an {@code a name}. */
  Optional<Element> target(String fragment) {
    Optional<Element> byId = aria.ids().documentTarget(fragment);
    if (byId.isPresent()) return byId;
    Map<String, Element> named = namedAnchors;
    if (named == null) {
      named = new java.util.HashMap<>();
      for (Element a : page.elements()) {
        if (a.is("a")) {
          Optional<String> name = a.attr("name");
          if (name.isPresent()) named.putIfAbsent(name.get(), a);
        }
      }
      namedAnchors = named;
    }
    return Optional.ofNullable(named.get(fragment));
  }

  /** True when following an instrument lands just before non-repeated content. */
  boolean skipsToContent(Element target) {
    Optional<Node> next = contentFrom(target);
    if (next.isEmpty() || inBlock(next.get())) return false;
    return !hasBlocks() || pos(next.get()) > firstBlockPos();
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
