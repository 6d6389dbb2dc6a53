package org.curbcut.internal.rules.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.snapshot.Element;

/**
 * The grid of a table: rows, columns, cells with their row and column spans, and the header cells
 * assigned to each cell. For an HTML {@code table} this follows the HTML "forming a table" and
 * "assigning header cells" algorithms; for an ARIA table (role table, grid or treegrid on another
 * element) rows and cells come from their roles.
 */
final class TableModel {
  /** One cell, anchored at (x, y), spanning width columns and height rows. */
  static final class Cell {
    final Element element;
    final int x;
    final int y;
    final int width;
    final int height;
    final boolean header;
    final String explicitRole;

    Cell(Element element, int x, int y, int width, int height, boolean header, String explicitRole) {
      this.element = element;
      this.x = x;
      this.y = y;
      this.width = width;
      this.height = height;
      this.header = header;
      this.explicitRole = explicitRole;
    }
  }

  final Element table;
  final boolean html;
  final List<Cell> cells = new ArrayList<>();
  private final Map<Long, Cell> slots = new HashMap<>();
  private final Map<Element, Cell> byElement = new HashMap<>();
  private final Map<Cell, Integer> rowGroupOf = new HashMap<>();
  private final Map<Cell, Boolean> columnHeader = new HashMap<>();
  private final Map<Cell, Boolean> rowHeader = new HashMap<>();
  private Map<Cell, List<Cell>> assigned;
  private Map<String, List<Cell>> cellsById;
  private List<Cell> rowGroupHeaders;
  int width;
  int height;

  private TableModel(Element table, boolean html) {
    this.table = table;
    this.html = html;
  }

  static final Set<String> TABLE_ROLES = Set.of("table", "grid", "treegrid");
  static final Set<String> HEADER_ROLES = Set.of("columnheader", "rowheader");

  /** The table's role when it is a table, grid or treegrid; empty otherwise. */
  static Optional<String> tableRole(Aria aria, Element e) {
    Optional<String> role = Markup.role(aria, e);
    if (role.isPresent()) return TABLE_ROLES.contains(role.get()) ? role : Optional.empty();
    return Optional.empty();
  }

  /** Builds the model of an HTML table or of an element with a table role. */
  static TableModel of(Aria aria, Element table) {
    if (table.is("table")) return html(aria, table);
    return aria(aria, table);
  }

  /**
   * True when the element is a header cell: an explicit role of columnheader or rowheader, or a
   * {@code th} whose role is not overridden by another valid explicit role.
   */
  static boolean isHeaderElement(Aria aria, Element e) {
    Optional<String> explicit = aria.explicitRole(e).map(r -> r.toLowerCase(java.util.Locale.ROOT));
    if (explicit.isPresent()) return HEADER_ROLES.contains(explicit.get());
    return e.is("th");
  }

  /** The explicit role, lower-case, or null. */
  private static String explicitRole(Aria aria, Element e) {
    return aria.explicitRole(e).map(r -> r.toLowerCase(java.util.Locale.ROOT)).orElse(null);
  }

  // ---------------------------------------------------------------- HTML tables

  private static TableModel html(Aria aria, Element table) {
    TableModel m = new TableModel(table, true);
    List<List<Element>> groups = new ArrayList<>();
    List<Element> loose = new ArrayList<>();
    for (Element c : table.childElements().toList()) {
      if (c.is("tr")) {
        loose.add(c);
      } else if (c.isHtml() && HtmlStandards.get().isTableRowGroup(c.name())) {
        if (!loose.isEmpty()) {
          groups.add(loose);
          loose = new ArrayList<>();
        }
        groups.add(c.childElements().filter(r -> r.is("tr")).toList());
      }
    }
    if (!loose.isEmpty()) groups.add(loose);
    int y = 0;
    int group = 0;
    for (List<Element> rows : groups) {
      int groupStart = y;
      int groupEnd = groupStart + rows.size();
      for (Element tr : rows) {
        int x = 0;
        for (Element td : tr.childElements().filter(c -> c.is("td", "th")).toList()) {
          while (m.slots.containsKey(key(x, y))) x++;
          int colspan = clamp(parseInt(td.attrOr("colspan", "1"), 1), 1, 1000);
          int rowspanRaw = parseInt(td.attrOr("rowspan", "1"), 1);
          int rowspan = rowspanRaw == 0 ? Math.max(1, groupEnd - y) : clamp(rowspanRaw, 1, 65534);
          rowspan = Math.min(rowspan, Math.max(1, groupEnd - y));
          Cell cell = new Cell(td, x, y, colspan, rowspan, isHeaderElement(aria, td), explicitRole(aria, td));
          m.add(cell);
          m.rowGroupOf.put(cell, group);
          x += colspan;
        }
        y++;
      }
      group++;
    }
    m.height = y;
    return m;
  }

  // ---------------------------------------------------------------- ARIA tables

  private static TableModel aria(Aria aria, Element table) {
    TableModel m = new TableModel(table, false);
    List<Element> rows = new ArrayList<>();
    collectRows(aria, table, rows);
    int y = 0;
    for (Element row : rows) {
      List<Element> cells = new ArrayList<>();
      collectCells(aria, row, cells);
      int x = 0;
      for (Element c : cells) {
        int colindex = parseInt(c.attrOr("aria-colindex", ""), -1);
        if (colindex >= 1) x = Math.max(x, colindex - 1);
        while (m.slots.containsKey(key(x, y))) x++;
        int span = clamp(parseInt(c.attrOr("aria-colspan", "1"), 1), 1, 1000);
        String role = Markup.role(aria, c).orElse("");
        m.add(new Cell(c, x, y, span, 1, HEADER_ROLES.contains(role), role));
        x += span;
      }
      y++;
    }
    m.height = y;
    return m;
  }

  private static void collectRows(Aria aria, Element parent, List<Element> out) {
    for (Element c : parent.childElements().toList()) {
      String role = Markup.role(aria, c).orElse("");
      if (role.equals("row")) out.add(c);
      else if (!TABLE_ROLES.contains(role)) collectRows(aria, c, out);
    }
  }

  private static void collectCells(Aria aria, Element parent, List<Element> out) {
    for (Element c : parent.childElements().toList()) {
      String role = Markup.role(aria, c).orElse("");
      if (Set.of("cell", "gridcell", "columnheader", "rowheader").contains(role)) out.add(c);
      else if (!role.equals("row") && !TABLE_ROLES.contains(role)) collectCells(aria, c, out);
    }
  }

  // ---------------------------------------------------------------- model

  private void add(Cell cell) {
    cells.add(cell);
    byElement.put(cell.element, cell);
    for (int dy = 0; dy < cell.height; dy++) {
      for (int dx = 0; dx < cell.width; dx++) slots.putIfAbsent(key(cell.x + dx, cell.y + dy), cell);
    }
    width = Math.max(width, cell.x + cell.width);
  }

  Optional<Cell> cell(Element e) {
    return Optional.ofNullable(byElement.get(e));
  }

  private Cell at(int x, int y) {
    return slots.get(key(x, y));
  }

  private static long key(int x, int y) {
    return ((long) y << 32) | (x & 0xffffffffL);
  }

  /** A column header: scope=col, role columnheader, or (auto) a header with no data cell in its rows. */
  boolean isColumnHeader(Cell h) {
    return columnHeader.computeIfAbsent(h, this::computeColumnHeader);
  }

  private boolean computeColumnHeader(Cell h) {
    if (!h.header) return false;
    if ("columnheader".equals(h.explicitRole)) return true;
    if ("rowheader".equals(h.explicitRole)) return false;
    if (!html) return false;
    String scope = h.element.token("scope").orElse("");
    if (scope.equals("col")) return true;
    if (!scope.isEmpty() && Set.of("row", "rowgroup", "colgroup").contains(scope)) return false;
    for (int y = h.y; y < h.y + h.height; y++) {
      for (int x = 0; x < width; x++) {
        Cell c = at(x, y);
        if (c != null && !c.header) return false;
      }
    }
    return true;
  }

  /** A row header: scope=row, role rowheader, or (auto) a header, not a column header, with no data cell in its columns. */
  boolean isRowHeader(Cell h) {
    return rowHeader.computeIfAbsent(h, this::computeRowHeader);
  }

  private boolean computeRowHeader(Cell h) {
    if (!h.header) return false;
    if ("rowheader".equals(h.explicitRole)) return true;
    if ("columnheader".equals(h.explicitRole)) return false;
    if (!html) return false;
    String scope = h.element.token("scope").orElse("");
    if (scope.equals("row")) return true;
    if (!scope.isEmpty() && Set.of("col", "rowgroup", "colgroup").contains(scope)) return false;
    if (isColumnHeader(h)) return false;
    for (int x = h.x; x < h.x + h.width; x++) {
      for (int y = 0; y < height; y++) {
        Cell c = at(x, y);
        if (c != null && !c.header) return false;
      }
    }
    return true;
  }

  /** The cells with each id, in cell order. */
  private Map<String, List<Cell>> cellsById() {
    if (cellsById == null) {
      Map<String, List<Cell>> m = new HashMap<>();
      for (Cell c : cells) c.element.id().ifPresent(id -> m.computeIfAbsent(id, k -> new ArrayList<>(1)).add(c));
      cellsById = m;
    }
    return cellsById;
  }

  /** The header cells assigned to a cell (HTML "algorithm for assigning header cells"). */
  Set<Cell> headersOf(Cell cell) {
    Set<Cell> out = new LinkedHashSet<>();
    if (!html) {
      for (Cell c : cells) {
        if (c == cell || !c.header) continue;
        boolean sameColumn = c.x < cell.x + cell.width && cell.x < c.x + c.width;
        if (c.y != cell.y && sameColumn && !"rowheader".equals(c.explicitRole)) out.add(c);
        if (c.y == cell.y && c.x < cell.x && "rowheader".equals(c.explicitRole)) out.add(c);
      }
      return out;
    }
    Optional<String> headers = cell.element.attr("headers");
    if (headers.isPresent() && !headers.get().isBlank()) {
      // the ids name cells of this table (HTML: "in the same table"), the first other cell with each
      for (String id : AsciiWhitespace.split(headers.get())) {
        for (Cell c : cellsById().getOrDefault(id, List.of())) {
          if (c != cell) {
            out.add(c);
            break;
          }
        }
      }
      return out;
    }
    for (int y = cell.y; y < cell.y + cell.height; y++) scan(cell, cell.x, y, -1, 0, out);
    for (int x = cell.x; x < cell.x + cell.width; x++) scan(cell, x, cell.y, 0, -1, out);
    Integer group = rowGroupOf.get(cell);
    for (Cell c : rowGroupHeaders()) {
      if (c != cell && group != null && group.equals(rowGroupOf.get(c)) && c.x <= cell.x && c.y <= cell.y) out.add(c);
    }
    return out;
  }

  private void scan(Cell principal, int x, int y, int dx, int dy, Set<Cell> headerList) {
    boolean inHeaderBlock = principal.header;
    List<Cell> fromCurrentBlock = new ArrayList<>();
    if (inHeaderBlock) fromCurrentBlock.add(principal);
    List<Cell> opaque = new ArrayList<>();
    while (true) {
      x += dx;
      y += dy;
      if (x < 0 || y < 0) return;
      Cell current = at(x, y);
      if (current == null || current == principal) continue;
      if (current.header) {
        inHeaderBlock = true;
        fromCurrentBlock.add(current);
        boolean blocked = false;
        if (dx == 0) {
          for (Cell o : opaque) {
            if (o.x == current.x && o.width == current.width) blocked = true;
          }
          if (!isColumnHeader(current)) blocked = true;
        } else {
          for (Cell o : opaque) {
            if (o.y == current.y && o.height == current.height) blocked = true;
          }
          if (!isRowHeader(current)) blocked = true;
        }
        if (!blocked) headerList.add(current);
      } else if (inHeaderBlock) {
        inHeaderBlock = false;
        opaque.addAll(fromCurrentBlock);
        fromCurrentBlock = new ArrayList<>();
      }
    }
  }

  private List<Cell> rowGroupHeaders() {
    if (rowGroupHeaders == null) {
      rowGroupHeaders = cells.stream().filter(c -> c.header && c.element.token("scope").orElse("").equals("rowgroup")).toList();
    }
    return rowGroupHeaders;
  }

  /** The cells to which a header cell is assigned (computed once per table). */
  List<Cell> assignedCells(Cell header) {
    if (assigned == null) {
      assigned = new HashMap<>();
      for (Cell c : cells) {
        for (Cell h : headersOf(c)) {
          if (h != c) assigned.computeIfAbsent(h, k -> new ArrayList<>()).add(c);
        }
      }
    }
    return assigned.getOrDefault(header, List.of());
  }

  private static int parseInt(String s, int fallback) {
    String t = s.trim();
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) i++;
    if (i == 0) return fallback;
    try {
      return Integer.parseInt(t.substring(0, Math.min(i, 9)));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
