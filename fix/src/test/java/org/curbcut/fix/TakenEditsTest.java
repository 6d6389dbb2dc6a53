package org.curbcut.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The indexed collision check and the binary-search offset map give what comparing every pair of
 * edits and walking every edit give, on many random sets of edits.
 */
class TakenEditsTest {
  private static Edit randomEdit(Random rnd) {
    int start = rnd.nextInt(60);
    int width = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(6);
    String text = switch (rnd.nextInt(4)) {
      case 0 -> " id=\"a\"";
      case 1 -> " role=\"main\"";
      case 2 -> "";
      default -> "xyz";
    };
    return new Edit(start, start + width, width == 0 && text.isEmpty() ? "q" : text);
  }

  @Test
  void acceptsAndRejectsExactlyAsComparingEveryPairDoes() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 2_000; trial++) {
      TakenEdits indexed = new TakenEdits();
      List<Edit> everyEdit = new ArrayList<>();
      for (int repair = 0; repair < 12; repair++) {
        List<Edit> edits = new ArrayList<>();
        for (int i = rnd.nextInt(3); i >= 0; i--) edits.add(randomEdit(rnd));
        List<Edit> fresh = edits.stream().filter(x -> !everyEdit.contains(x)).toList();
        boolean expected = TextPatch.conflicts(fresh, everyEdit);
        assertThat(indexed.conflictsWith(fresh)).as("trial %d repair %d: %s against %s", trial, repair, fresh, everyEdit)
            .isEqualTo(expected);
        if (!expected && fresh.stream().noneMatch(x -> fresh.stream().anyMatch(y -> x != y && x.overlaps(y)))) {
          everyEdit.addAll(fresh);
          indexed.addAll(fresh);
        }
      }
    }
  }

  @Test
  void mapsOffsetsAsWalkingEveryEditDoes() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 2_000; trial++) {
      TakenEdits taken = new TakenEdits();
      List<Edit> edits = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        Edit e = randomEdit(rnd);
        if (!edits.contains(e) && !taken.conflictsWith(List.of(e))) {
          edits.add(e);
          taken.addAll(List.of(e));
        }
      }
      TextPatch patch = TextPatch.of(edits);
      List<Edit> sorted = new ArrayList<>(edits);
      sorted.sort(java.util.Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
      for (int offset = 0; offset < 70; offset++) {
        int shift = 0;
        for (Edit e : sorted) {
          if (e.end() <= offset && (e.start() < offset || e.start() == e.end())) shift += e.delta();
          else break;
        }
        assertThat(patch.map(offset)).as("offset %d in %s", offset, sorted).isEqualTo(offset + shift);
      }
    }
  }
}
