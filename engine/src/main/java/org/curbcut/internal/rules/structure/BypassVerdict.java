package org.curbcut.internal.rules.structure;

import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcome;

/** One input rule's verdict on a page for the bypass composite, with the message to report (none for a pass). */
record BypassVerdict(Outcome outcome, MessageKey<Diagnostic> key) {
  /** The repeated blocks are not known (no navigation or banner landmark): every input rule's cantTell. */
  static final MessageKey<Diagnostic> UNKNOWN_BLOCKS = MessageKey.of("unknown-blocks");
  static final BypassVerdict PASSED = new BypassVerdict(Outcome.PASSED, null);
  static final BypassVerdict BLOCKS_UNKNOWN = new BypassVerdict(Outcome.CANT_TELL, UNKNOWN_BLOCKS);
}
