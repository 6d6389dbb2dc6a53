package org.curbcut.fix.alt;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.curbcut.fix.Confidence;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scripts an OpenAI-compatible server on loopback and checks what the describer sent and kept. */
class VisionChatDescriberTest {
  private HttpServer server;
  private final AtomicReference<String> lastRequest = new AtomicReference<>();

  private String serve(int status, String body, long delayMs) throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", ex -> {
      lastRequest.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      try {
        Thread.sleep(delayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(status, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  @AfterEach
  void stop() {
    if (server != null) server.stop(0);
  }

  private static ImageInput image() {
    var img = HtmlSnapshot.parse("<img src=x.png>", "t.html").select("img").get(0);
    return new ImageInput(img, () -> Optional.of(TestImages.flat(Color.BLUE, 4, 4)));
  }

  @Test
  void sendsTheImageAndKeepsTheAnswerAsANeedsReviewDraft() throws Exception {
    String base = serve(200, "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Alt text: \\\"Three people talking over coffee\\\"\"}}]}", 0);
    Description d = new VisionChatDescriber(base, "local-vlm", "secret", Duration.ofSeconds(5)).describe(image()).orElseThrow();
    assertThat(d.alt()).isEqualTo("Three people talking over coffee");
    assertThat(d.confidence()).isEqualTo(Confidence.NEEDS_REVIEW);
    assertThat(lastRequest.get()).contains("\"model\":\"local-vlm\"").contains("data:image/png;base64,");
  }

  @Test
  void errorsAndTimeoutsGiveNothing() throws Exception {
    String base = serve(500, "{\"error\":\"boom\"}", 0);
    assertThat(new VisionChatDescriber(base, "m", null, Duration.ofSeconds(5)).describe(image())).isEmpty();
    stop();
    String slow = serve(200, "{\"choices\":[{\"message\":{\"content\":\"late\"}}]}", 3000);
    assertThat(new VisionChatDescriber(slow, "m", null, Duration.ofMillis(300)).describe(image())).isEmpty();
    assertThat(new VisionChatDescriber("http://127.0.0.1:1/v1", "m", null, Duration.ofSeconds(2)).describe(image())).isEmpty();
  }
}
