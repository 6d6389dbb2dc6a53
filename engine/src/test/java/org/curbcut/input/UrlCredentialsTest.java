package org.curbcut.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A URL's user name and password never reach a page's name, a load error or a report. */
class UrlCredentialsTest {
  @Test
  void theUserinfoOfEveryUrlInATextIsRemoved() {
    assertThat(UrlCredentials.strip("https://ann:s3cret@example.org/a?b#c")).isEqualTo("https://example.org/a?b#c");
    assertThat(UrlCredentials.strip("HTTP://ann@example.org")).isEqualTo("HTTP://example.org");
    assertThat(UrlCredentials.strip("cannot read http://u:p@ss@h:8080/x and ftp://k:v@f/ here"))
        .isEqualTo("cannot read http://h:8080/x and ftp://f/ here");
    assertThat(UrlCredentials.strip("mail ann@example.org about https://example.org/@user"))
        .isEqualTo("mail ann@example.org about https://example.org/@user");
    assertThat(UrlCredentials.strip("site/page.html")).isEqualTo("site/page.html");
    assertThat(UrlCredentials.strip((String) null)).isNull();
  }

  @Test
  void aUriLosesOnlyItsUserinfo() {
    assertThat(UrlCredentials.strip(URI.create("https://ann:s%20ecret@example.org:8443/a%20b?q=1#f")))
        .isEqualTo(URI.create("https://example.org:8443/a%20b?q=1#f"));
    URI plain = URI.create("https://example.org/");
    assertThat(UrlCredentials.strip(plain)).isSameAs(plain);
  }

  @Test
  void resolvedUrlsAndLoadErrorsNeverCarryThePassword() {
    PageLoader loader = new PageLoader(PageLoader.Options.defaults());
    List<PageLoader.Resolved> ok = loader.resolve("https://ann:s3cret@example.org/shop");
    assertThat(ok.get(0).name()).isEqualTo("https://example.org/shop");
    PageSource.Remote remote = (PageSource.Remote) ok.get(0).source();
    assertThat(remote.uri()).isEqualTo(URI.create("https://example.org/shop"));
    assertThat(remote.name()).isEqualTo("https://example.org/shop");

    List<PageLoader.Resolved> bad = loader.resolve("https://ann:s3cret@/no-host");
    assertThat(bad.get(0).name()).doesNotContain("s3cret");
    assertThat(bad.get(0).error().getMessage()).doesNotContain("s3cret").startsWith("cannot read https://");
    assertThat(new LoadException("http://a:b@h/", "see http://a:b@h/x").getMessage()).isEqualTo("cannot read http://h/: see http://h/x");
    assertThat(PageInput.ofText("<p>", "https://ann:s3cret@example.org/").name()).isEqualTo("https://example.org/");
  }
}
