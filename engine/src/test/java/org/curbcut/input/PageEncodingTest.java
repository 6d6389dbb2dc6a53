package org.curbcut.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageEncodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Test
  void aByteOrderMarkWinsOverEveryDeclaration() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "<meta charset=windows-1252><p>caf\u00e9".getBytes(StandardCharsets.UTF_8));
    PageEncoding.Decoded d = PageEncoding.sniff(bytes, "iso-8859-2");
    assertThat(d.text()).isEqualTo("<meta charset=windows-1252><p>caf\u00e9");
    assertThat(d.encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.encoding().bom()).hasSize(3);
    assertThat(d.encoding().encode(d.text())).isEqualTo(bytes);
  }

  @Test
  void utf16ByteOrderMarksAreRead() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "<p>h\u00e9".getBytes(StandardCharsets.UTF_16LE));
    PageEncoding.Decoded d = PageEncoding.sniff(le, null);
    assertThat(d.text()).isEqualTo("<p>h\u00e9");
    assertThat(d.encoding().charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(d.encoding().isUtf16()).isTrue();
    assertThat(d.encoding().roundTrips(d.text(), le)).isTrue();
  }

  @Test
  void theTransportsCharsetWinsOverTheMetaTag() {
    byte[] bytes = "<meta charset=utf-8><p>caf\u00e9".getBytes(WINDOWS_1252);
    assertThat(PageEncoding.sniff(bytes, "windows-1252").text()).endsWith("caf\u00e9");
    assertThat(PageEncoding.sniff(bytes, "no-such-charset").encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void aMetaCharsetInTheFirst1024BytesIsUsed() {
    byte[] bytes = "<meta charset=windows-1252><p>caf\u00e9</p>".getBytes(WINDOWS_1252);
    PageEncoding.Decoded d = PageEncoding.sniff(bytes, null);
    assertThat(d.text()).isEqualTo("<meta charset=windows-1252><p>caf\u00e9</p>");
    assertThat(d.encoding()).isEqualTo(new PageEncoding(WINDOWS_1252, new byte[0]));
  }

  @Test
  void latin1AndAsciiLabelsMeanWindows1252AndUtf16InAMetaTagMeansUtf8() {
    assertThat(PageEncoding.declaredIn("<meta charset=iso-8859-1>").charset()).isEqualTo(WINDOWS_1252);
    assertThat(PageEncoding.declaredIn("<meta charset=us-ascii>").charset()).isEqualTo(WINDOWS_1252);
    assertThat(PageEncoding.declaredIn("<meta charset=utf-16>").charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(PageEncoding.declaredIn("<p>nothing declared")).isEqualTo(PageEncoding.UTF_8);
  }

  @Test
  void charactersTheEncodingCannotHoldBecomeCharacterReferences() {
    PageEncoding latin = new PageEncoding(WINDOWS_1252, null);
    assertThat(latin.representable("caf\u00e9 \u2603 \uD83D\uDE00")).isEqualTo("caf\u00e9 &#x2603; &#x1F600;");
    assertThat(PageEncoding.UTF_8.representable("\u2603")).isEqualTo("\u2603");
  }

  @Test
  void bytesThatAreNotValidInTheirEncodingDoNotRoundTrip() {
    byte[] bytes = {'<', 'p', '>', (byte) 0xFF, (byte) 0xFE};
    PageEncoding.Decoded d = PageEncoding.sniff(bytes, null);
    assertThat(d.encoding().roundTrips(d.text(), bytes)).isFalse();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
