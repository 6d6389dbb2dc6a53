package org.curbcut.internal.standards;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One WAI-ARIA role (ARIA 1.2, DPUB-ARIA or Graphics-ARIA), with what it inherits already resolved.
 * Build instances through {@link AriaStandards}.
 */
public final class RoleSpec {
  private final String name;
  private final boolean isAbstract;
  private final List<String> directSuperclasses;
  private final Set<String> superclassRoles;
  private final Set<String> supported;
  private final Set<String> required;
  private final Set<String> requiredWhenFocusable;
  private final Set<String> prohibited;
  private final List<String> context;
  private final List<String> owned;
  private final Set<String> nameFrom;
  private final boolean nameRequired;
  private final boolean childrenPresentational;
  private final boolean deprecated;
  private final Map<String, String> implicit;
  private final String module;
  private final String since;

  RoleSpec(String name, boolean isAbstract, List<String> directSuperclasses, Set<String> superclassRoles,
      Set<String> supported, Set<String> required, Set<String> requiredWhenFocusable, Set<String> prohibited, List<String> context, List<String> owned,
      Set<String> nameFrom, boolean nameRequired, boolean childrenPresentational, boolean deprecated,
      Map<String, String> implicit, String module, String since) {
    this.name = name;
    this.isAbstract = isAbstract;
    this.directSuperclasses = List.copyOf(directSuperclasses);
    this.superclassRoles = Set.copyOf(superclassRoles);
    this.supported = Set.copyOf(supported);
    this.required = Set.copyOf(required);
    this.requiredWhenFocusable = Set.copyOf(requiredWhenFocusable);
    this.prohibited = Set.copyOf(prohibited);
    this.context = List.copyOf(context);
    this.owned = List.copyOf(owned);
    this.nameFrom = Set.copyOf(nameFrom);
    this.nameRequired = nameRequired;
    this.childrenPresentational = childrenPresentational;
    this.deprecated = deprecated;
    this.implicit = Map.copyOf(implicit);
    this.module = module;
    this.since = since;
  }

  public String name() {
    return name;
  }

  /** Abstract roles (widget, landmark, …) must not be used in content. */
  public boolean isAbstract() {
    return isAbstract;
  }

  /** The superclass roles the spec lists for this role. */
  public List<String> directSuperclassRoles() {
    return directSuperclasses;
  }

  /** Every ancestor in the role taxonomy (transitive), not including this role. */
  public Set<String> superclassRoles() {
    return superclassRoles;
  }

  /** True when this role is {@code role} or inherits from it. */
  public boolean is(String role) {
    return name.equals(role) || superclassRoles.contains(role);
  }

  /**
   * Every state and property this role supports: its own, inherited ones, required ones, and the
   * global ones, minus the ones it prohibits.
   */
  public Set<String> supportedAttributes() {
    return supported;
  }

  /** True when {@code attr} is supported (see {@link #supportedAttributes()}). */
  public boolean supports(String attr) {
    return supported.contains(attr);
  }

  /** The states and properties an author must provide (the spec's "Required States and Properties"). */
  public Set<String> requiredAttributes() {
    return required;
  }

  /**
   * States and properties required only when the element is focusable (aria-valuenow on a
   * focusable separator, which is then a widget).
   */
  public Set<String> requiredAttributesWhenFocusable() {
    return requiredWhenFocusable;
  }

  /** The states and properties the role prohibits (e.g. aria-label on generic). */
  public Set<String> prohibitedAttributes() {
    return prohibited;
  }

  /** Roles one of which must be the element's parent in the accessibility tree (empty: none required). */
  public List<String> requiredContextRoles() {
    return context;
  }

  /** The elements the role must own: entries like {@code listitem} or {@code group > menuitem}. */
  public List<String> requiredOwnedElements() {
    return owned;
  }

  public boolean nameFromContents() {
    return nameFrom.contains("contents");
  }

  public boolean nameFromAuthor() {
    return nameFrom.contains("author");
  }

  /** True when authors must not name the element (e.g. generic, paragraph, presentation). */
  public boolean nameProhibited() {
    return nameFrom.contains("prohibited");
  }

  /** True when the spec says an accessible name is required. */
  public boolean nameRequired() {
    return nameRequired;
  }

  /** True when the role's descendants are presentational (button, img, checkbox, …). */
  public boolean childrenPresentational() {
    return childrenPresentational;
  }

  public boolean isDeprecated() {
    return deprecated;
  }

  /** The value an attribute has on this role when the author does not set it (e.g. aria-level 2 on heading). */
  public Optional<String> implicitValue(String attr) {
    return Optional.ofNullable(implicit.get(attr));
  }

  /** "aria" for WAI-ARIA, "dpub" for DPUB-ARIA, "graphics" for Graphics-ARIA. */
  public String module() {
    return module;
  }

  /** The ARIA version that introduced the role when newer than 1.2 (e.g. "1.3"), else empty. */
  public String since() {
    return since;
  }

  @Override
  public String toString() {
    return name;
  }
}
