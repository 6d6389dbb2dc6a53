package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholderOnlyLabelTest {
  private final PlaceholderOnlyLabel rule = new PlaceholderOnlyLabel();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<label for=e>Email</label><input id=e placeholder='you@example.com'>|PASSED",
      "<label>Search <input type=search placeholder='Search'></label>|PASSED",
      "<input aria-label=Search placeholder='Search the site'>|PASSED",
      "<span id=l>Town</span><input aria-labelledby=l placeholder=Town>|PASSED",
      "<input title='Postcode' placeholder='AB1 2CD'>|PASSED",
      "<textarea id=m placeholder='Your message'></textarea><label for=m>Message</label>|PASSED",
      "<input placeholder='Email address'>|FAILED",
      "<input type=search placeholder='Search'>|FAILED",
      "<textarea placeholder='Your message'></textarea>|FAILED",
      "<div role=textbox aria-placeholder='Your name'></div>|FAILED",
      // an empty label leaves the placeholder as the only name
      "<label for=e></label><input id=e placeholder=Email>|FAILED",
      "<input placeholder=''>|INAPPLICABLE",
      "<input type=hidden placeholder=x>|INAPPLICABLE",
      "<input placeholder=Email hidden>|INAPPLICABLE",
      "<input type=checkbox placeholder=x>|INAPPLICABLE",
      "<style>label::before { content: 'Email' }</style><label for=e></label><input id=e placeholder=Email>|CANT_TELL",
  })
  void checksTheNameSource(String html, Outcome expected) {
    assertThat(Fixture.outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
