package org.curbcut.internal.rules.structure;

import org.curbcut.rules.Outcome;

/** One input rule's verdict on a page for the bypass composite, with the message key to report. */
record BypassVerdict(Outcome outcome, String key) {}
