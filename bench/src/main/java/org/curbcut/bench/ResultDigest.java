package org.curbcut.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.curbcut.rules.RuleResult;

/**
 * A SHA-256 of what audits answered, in order: every result (rule, outcome, message, target in
 * document order, the message in words), every finding as reports show it and every rule's page
 * outcome. Two runs that print the same digest answered the same, to the word.
 */
final class ResultDigest {
  private final MessageDigest total = sha256();

  /** Adds one page's report; returns that page's own digest. */
  String add(PageReport report) {
    MessageDigest page = sha256();
    StringBuilder text = new StringBuilder();
    for (RuleResult r : report.results()) {
      text.append(r.rule().id()).append(' ').append(r.outcome()).append(' ').append(r.messageKey()).append(' ')
          .append(r.target().order()).append(' ').append(r.message()).append('\n');
    }
    for (Finding f : report.findings()) text.append(f).append('\n');
    text.append(report.ruleOutcomes()).append('\n').append(report.incomplete()).append('\n');
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    page.update(bytes);
    total.update(bytes);
    return HexFormat.of().formatHex(page.digest()).substring(0, 16);
  }

  /** The digest of every page added so far. */
  String total() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) total.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
