package org.curbcut.internal.standards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * WAI-ARIA 1.2 roles, states and properties, read once from the data file {@code aria-1.2.json}
 * next to this class. Inheritance is resolved when loading: every {@link RoleSpec} already knows
 * its transitive superclasses and all attributes it supports.
 */
public final class AriaStandards {
  private static final String RESOURCE = "aria-1.2.json";
  private static volatile AriaStandards instance;

  private final Map<String, RoleSpec> roles;
  private final Map<String, AttributeSpec> attributes;
  private final Set<String> landmarks;

  private AriaStandards(Map<String, RoleSpec> roles, Map<String, AttributeSpec> attributes) {
    this.roles = Collections.unmodifiableMap(roles);
    this.attributes = Collections.unmodifiableMap(attributes);
    Set<String> l = new TreeSet<>();
    for (RoleSpec r : roles.values()) {
      if (!r.isAbstract() && r.module().equals("aria") && r.superclassRoles().contains("landmark")) l.add(r.name());
    }
    this.landmarks = Collections.unmodifiableSet(l);
  }

  /** The standards, loaded on first use. */
  public static AriaStandards get() {
    AriaStandards s = instance;
    if (s == null) {
      synchronized (AriaStandards.class) {
        if (instance == null) instance = load();
        s = instance;
      }
    }
    return s;
  }

  /** The role with this (lower-case) name, abstract roles included. */
  public Optional<RoleSpec> role(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(roles.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The state or property with this (lower-case) name. */
  public Optional<AttributeSpec> attribute(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(attributes.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Every role, abstract ones included, in the order of the data file. */
  public Collection<RoleSpec> roles() {
    return roles.values();
  }

  /** Every state and property, alphabetically. */
  public Collection<AttributeSpec> attributes() {
    return attributes.values();
  }

  /** The global states and properties. */
  public List<AttributeSpec> globalAttributes() {
    return attributes.values().stream().filter(AttributeSpec::isGlobal).toList();
  }

  /** True when {@code name} is a known role that may be used in content (not abstract). */
  public boolean isConcreteRole(String name) {
    return role(name).map(r -> !r.isAbstract()).orElse(false);
  }

  /** The states and properties whose value is an ID reference or an ID reference list, alphabetically. */
  public List<String> idReferenceAttributes() {
    return attributes.values().stream()
        .filter(a -> a.type() == ValueType.ID_REFERENCE || a.type() == ValueType.ID_REFERENCE_LIST)
        .map(AttributeSpec::name).toList();
  }

  /**
   * The landmark roles of WAI-ARIA itself (banner, complementary, contentinfo, form, main,
   * navigation, region, search), not the DPUB-ARIA {@code doc-*} roles that also descend from
   * landmark.
   */
  public Set<String> landmarkRoles() {
    return landmarks;
  }

  private static AriaStandards load() {
    JsonNode root;
    try (InputStream in = AriaStandards.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, AttributeSpec> attrs = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("attributes").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode a = f.getValue();
      attrs.put(f.getKey(), new AttributeSpec(f.getKey(), ValueType.valueOf(a.get("type").asText()),
          strings(a.get("values")), a.path("global").asBoolean(false), a.path("deprecated").asBoolean(false),
          a.path("state").asBoolean(false), a.path("since").asText(""),
          a.path("global").asBoolean(false) && a.path("presentationConflict").asBoolean(true)));
    }
    Set<String> globals = new TreeSet<>();
    attrs.values().stream().filter(AttributeSpec::isGlobal).forEach(a -> globals.add(a.name()));

    Map<String, JsonNode> raw = new LinkedHashMap<>();
    root.get("roles").fields().forEachRemaining(f -> raw.put(f.getKey(), f.getValue()));
    Map<String, RoleSpec> roles = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : raw.entrySet()) {
      String name = f.getKey();
      JsonNode r = f.getValue();
      Set<String> supers = new LinkedHashSet<>();
      collectSupers(name, raw, supers, new LinkedHashSet<>());
      Set<String> nameFrom = new LinkedHashSet<>(strings(r.get("nameFrom")));
      if (nameFrom.isEmpty()) nameFrom.add("author");
      Set<String> prohibited = new TreeSet<>(strings(r.get("prohibited")));
      if (nameFrom.contains("prohibited")) {
        prohibited.add("aria-label");
        prohibited.add("aria-labelledby");
        prohibited.add("aria-braillelabel");
      }
      Set<String> required = new TreeSet<>(strings(r.get("required")));
      Set<String> supported = new TreeSet<>(globals);
      supported.addAll(strings(r.get("supported")));
      supported.addAll(required);
      for (String s : supers) {
        supported.addAll(strings(raw.get(s).get("supported")));
        supported.addAll(strings(raw.get(s).get("required")));
      }
      supported.removeAll(prohibited);
      Map<String, String> implicit = new LinkedHashMap<>();
      JsonNode imp = r.get("implicit");
      if (imp != null) imp.fields().forEachRemaining(e -> implicit.put(e.getKey(), e.getValue().asText()));
      for (String a : supported) {
        if (!attrs.containsKey(a)) throw new IllegalStateException("role " + name + " names unknown attribute " + a);
      }
      roles.put(name, new RoleSpec(name, r.path("abstract").asBoolean(false), strings(r.get("superclass")), supers,
          supported, required, new TreeSet<>(strings(r.get("requiredWhenFocusable"))), prohibited, strings(r.get("context")), strings(r.get("owned")), nameFrom,
          r.path("nameRequired").asBoolean(false), r.path("childrenPresentational").asBoolean(false),
          r.path("deprecated").asBoolean(false), implicit, r.path("module").asText("aria"), r.path("since").asText("")));
    }
    for (RoleSpec r : roles.values()) {
      for (String c : r.requiredContextRoles()) requireRole(roles, r, c);
      for (String o : r.requiredOwnedElements()) for (String part : o.split(">")) requireRole(roles, r, part.trim());
    }
    return new AriaStandards(roles, attrs);
  }

  private static void requireRole(Map<String, RoleSpec> roles, RoleSpec from, String name) {
    if (!roles.containsKey(name)) throw new IllegalStateException("role " + from.name() + " names unknown role " + name);
  }

  private static void collectSupers(String name, Map<String, JsonNode> raw, Set<String> out, Set<String> path) {
    JsonNode r = raw.get(name);
    if (r == null) throw new IllegalStateException("unknown role " + name);
    if (!path.add(name)) throw new IllegalStateException("role taxonomy cycle at " + name);
    for (String s : strings(r.get("superclass"))) {
      out.add(s);
      collectSupers(s, raw, out, path);
    }
    path.remove(name);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
