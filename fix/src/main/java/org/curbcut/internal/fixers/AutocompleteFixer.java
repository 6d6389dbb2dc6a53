package org.curbcut.internal.fixers;

import java.util.Locale;
import java.util.Map;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/** autocomplete-valid: maps the autofill tokens people commonly mistype to the HTML ones. */
final class AutocompleteFixer implements Fixer {
  private static final Map<String, String> COMMON = Map.ofEntries(
      Map.entry("e-mail", "email"), Map.entry("mail", "email"), Map.entry("emailaddress", "email"),
      Map.entry("phone", "tel"), Map.entry("telephone", "tel"), Map.entry("mobile", "tel"),
      Map.entry("zip", "postal-code"), Map.entry("zipcode", "postal-code"), Map.entry("postcode", "postal-code"),
      Map.entry("postalcode", "postal-code"), Map.entry("firstname", "given-name"), Map.entry("first-name", "given-name"),
      Map.entry("lastname", "family-name"), Map.entry("last-name", "family-name"), Map.entry("surname", "family-name"),
      Map.entry("fullname", "name"), Map.entry("full-name", "name"), Map.entry("birthday", "bday"),
      Map.entry("dob", "bday"), Map.entry("date-of-birth", "bday"), Map.entry("address", "street-address"),
      Map.entry("city", "address-level2"), Map.entry("state", "address-level1"), Map.entry("country", "country-name"),
      Map.entry("company", "organization"), Map.entry("user", "username"), Map.entry("pwd", "current-password"));

  @Override
  public String rule() {
    return "autocomplete-valid";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element field = failure.target();
    String raw = field.attrOr("autocomplete", "").trim().toLowerCase(Locale.ROOT);
    String meant = COMMON.get(raw);
    if (meant == null) return FixerSupport.needsPerson(rule(), field, "autocomplete.needs-person", raw);
    return FixerSupport.setAttribute(rule(), field, "autocomplete", meant,
        FixContext.message("autocomplete.mapped", raw, meant), Confidence.LIKELY);
  }
}
