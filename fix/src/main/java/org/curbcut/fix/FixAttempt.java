package org.curbcut.fix;

/** What a fixer answers for one failed result: a {@link Repair}, or {@link NotRepairable} with why. */
public sealed interface FixAttempt permits Repair, NotRepairable {}
