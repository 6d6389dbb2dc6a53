package org.curbcut.fix;

import org.curbcut.rules.RuleResult;

/**
 * One original failure and how it ended.
 *
 * @param failure the failed result of the first audit
 * @param status fixed and verified, fixed but needs review, or not repairable
 * @param repair the repair applied, or null
 * @param reason for NOT_REPAIRABLE: why, and what a person should do; for a repair, null or what a
 *     person should know of it (resolved by another rule's repair, repaired in part)
 */
public record RepairOutcome(RuleResult failure, RepairStatus status, Repair repair, String reason) {}
