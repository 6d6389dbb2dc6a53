package org.curbcut.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.imageio.ImageIO;

/**
 * Draws the demo site's small images (Java2D, no external assets), so every picture in demo-site/
 * and demo-twin/ is original and reproducible. Not a test; run it by hand from the project root
 * when the pictures change:
 *
 * <pre>
 * java engine/src/test/java/org/curbcut/demo/DemoImages.java demo-site/img demo-twin/img
 * </pre>
 *
 * The twin gets only the photographs and the logo: its banner and buttons are real text.
 */
public final class DemoImages {
  private static final Color NAVY = new Color(0x1f, 0x3a, 0x5f);
  private static final Color TEAL = new Color(0x2a, 0x7f, 0x7a);
  private static final Color SAND = new Color(0xf6, 0xef, 0xe4);
  private static final Color CORAL = new Color(0xe0, 0x7a, 0x5f);
  private static final Color GOLD = new Color(0xf2, 0xc1, 0x4e);

  private DemoImages() {}

  public static void main(String[] args) throws IOException {
    Path site = Paths.get(args.length > 0 ? args[0] : "demo-site/img");
    Path twin = Paths.get(args.length > 1 ? args[1] : "demo-twin/img");
    for (Path out : new Path[] {site, twin}) {
      Files.createDirectories(out);
      write(logo(), out.resolve("logo.png"));
      write(group(), out.resolve("group.png"));
      write(walk(), out.resolve("walk.png"));
    }
    write(openSaturdays(), site.resolve("open-saturdays.png"));
    write(button("Check my cover", 180, 46), site.resolve("submit.png"));
    write(button("Send it", 110, 40), site.resolve("send.png"));
  }

  private static void write(BufferedImage img, Path file) throws IOException {
    ImageIO.write(img, "png", file.toFile());
  }

  private static Graphics2D g(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  /** A lighthouse on a wave beside the clinic's name. */
  static BufferedImage logo() {
    BufferedImage img = new BufferedImage(230, 56, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = g(img);
    // lighthouse
    Path2D tower = new Path2D.Double();
    tower.moveTo(18, 46);
    tower.lineTo(22, 14);
    tower.lineTo(30, 14);
    tower.lineTo(34, 46);
    tower.closePath();
    g.setColor(Color.WHITE);
    g.fill(tower);
    g.setColor(CORAL);
    g.fillRect(20, 24, 12, 5);
    g.fillRect(19, 34, 14, 5);
    g.setColor(GOLD);
    g.fill(new Ellipse2D.Double(20, 5, 12, 11));
    g.setColor(NAVY);
    g.setStroke(new BasicStroke(1.5f));
    g.draw(tower);
    // wave
    g.setColor(TEAL);
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D wave = new Path2D.Double();
    wave.moveTo(4, 50);
    wave.curveTo(14, 42, 24, 58, 34, 50);
    wave.curveTo(42, 44, 48, 54, 52, 50);
    g.draw(wave);
    // name
    g.setColor(NAVY);
    g.setFont(new Font("DejaVu Serif", Font.BOLD, 19));
    g.drawString("Harbour Lane", 60, 27);
    g.setColor(TEAL);
    g.setFont(new Font("DejaVu Sans", Font.PLAIN, 11));
    g.drawString("COMMUNITY CLINIC", 61, 44);
    g.dispose();
    return img;
  }

  /** Five friendly figures sitting together around a table, with mugs. */
  static BufferedImage group() {
    BufferedImage img = new BufferedImage(360, 220, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = g(img);
    g.setPaint(new GradientPaint(0, 0, SAND, 0, 220, new Color(0xe8, 0xdc, 0xc8)));
    g.fillRect(0, 0, 360, 220);
    // window
    g.setColor(new Color(0xcf, 0xe6, 0xf0));
    g.fillRect(230, 20, 100, 70);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(4f));
    g.drawRect(230, 20, 100, 70);
    g.drawLine(280, 20, 280, 90);
    Color[] shirts = {TEAL, CORAL, NAVY, GOLD, new Color(0x8a, 0x6f, 0xb3)};
    Color[] skins = {new Color(0x8d, 0x5a, 0x3b), new Color(0xf1, 0xc2, 0x9b), new Color(0xc6, 0x8a, 0x5e),
        new Color(0x5e, 0x3b, 0x26), new Color(0xe8, 0xb0, 0x8a)};
    Color[] hair = {new Color(0x2b, 0x1b, 0x10), new Color(0xb0, 0x6a, 0x2e), new Color(0x9a, 0x9a, 0x9a),
        new Color(0x1a, 0x1a, 0x1a), new Color(0x6b, 0x3e, 0x1f)};
    for (int i = 0; i < 5; i++) {
      int cx = 50 + i * 65;
      int top = 70 + (i % 2) * 12;
      g.setColor(shirts[i]);
      g.fill(new RoundRectangle2D.Double(cx - 26, top + 36, 52, 80, 30, 30));
      g.setColor(hair[i]);
      g.fill(new Ellipse2D.Double(cx - 19, top - 4, 38, 36));
      g.setColor(skins[i]);
      g.fill(new Ellipse2D.Double(cx - 16, top + 2, 32, 34));
      g.setColor(new Color(0x33, 0x22, 0x11));
      g.fillOval(cx - 8, top + 15, 4, 4);
      g.fillOval(cx + 4, top + 15, 4, 4);
      g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.drawArc(cx - 7, top + 19, 14, 9, 200, 140);
    }
    // table
    g.setColor(new Color(0x9c, 0x6b, 0x43));
    g.fill(new RoundRectangle2D.Double(10, 165, 340, 50, 16, 16));
    for (int i = 0; i < 4; i++) {
      int x = 70 + i * 70;
      g.setColor(Color.WHITE);
      g.fill(new RoundRectangle2D.Double(x, 150, 18, 20, 4, 4));
      g.setColor(CORAL);
      g.fillRect(x + 3, 156, 12, 4);
    }
    g.dispose();
    return img;
  }

  /** A banner with its message drawn into the pixels: an image of text, for OCR to read. */
  static BufferedImage openSaturdays() {
    BufferedImage img = new BufferedImage(560, 130, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = g(img);
    g.setColor(new Color(0xff, 0xf4, 0xd6));
    g.fillRect(0, 0, 560, 130);
    g.setColor(GOLD);
    g.fillRect(0, 0, 14, 130);
    g.setColor(NAVY);
    g.setFont(new Font("DejaVu Sans", Font.BOLD, 42));
    g.drawString("Open Saturdays 9\u20131", 36, 62);
    g.setColor(new Color(0x33, 0x33, 0x33));
    g.setFont(new Font("DejaVu Sans", Font.PLAIN, 22));
    g.drawString("Drop in for tea. No appointment needed.", 38, 104);
    g.dispose();
    return img;
  }

  /** A path through a park at morning: the article's illustration. */
  static BufferedImage walk() {
    BufferedImage img = new BufferedImage(360, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = g(img);
    g.setPaint(new GradientPaint(0, 0, new Color(0xfd, 0xe2, 0xc4), 0, 110, new Color(0xcf, 0xe6, 0xf0)));
    g.fillRect(0, 0, 360, 120);
    g.setColor(GOLD);
    g.fillOval(250, 30, 46, 46);
    g.setColor(new Color(0x9c, 0xc9, 0x8a));
    g.fillRect(0, 110, 360, 90);
    g.setColor(new Color(0xe8, 0xd8, 0xb8));
    Path2D path = new Path2D.Double();
    path.moveTo(140, 200);
    path.curveTo(170, 160, 150, 140, 185, 112);
    path.lineTo(195, 112);
    path.curveTo(175, 140, 215, 165, 230, 200);
    path.closePath();
    g.fill(path);
    for (int i = 0; i < 6; i++) {
      int x = 20 + i * 60 + (i > 2 ? 30 : 0);
      int h = 50 + (i * 17) % 30;
      g.setColor(new Color(0x6b, 0x4a, 0x2b));
      g.fillRect(x + 12, 120 - h / 3, 6, h / 2);
      g.setColor(new Color(0x3f, 0x7d, 0x4f));
      g.fillOval(x, 120 - h, 30, h * 2 / 3);
    }
    // two walkers
    for (int i = 0; i < 2; i++) {
      int x = 172 + i * 16;
      g.setColor(i == 0 ? CORAL : NAVY);
      g.fillRoundRect(x, 140, 10, 22, 6, 6);
      g.setColor(new Color(0x8d, 0x5a, 0x3b));
      g.fillOval(x + 1, 131, 9, 9);
    }
    g.dispose();
    return img;
  }

  /** A rounded button with its label drawn into the image. */
  static BufferedImage button(String label, int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = g(img);
    g.setColor(TEAL);
    g.fill(new RoundRectangle2D.Double(0, 0, w - 1, h - 1, 14, 14));
    g.setColor(Color.WHITE);
    g.setFont(new Font("DejaVu Sans", Font.BOLD, 16));
    FontMetrics fm = g.getFontMetrics();
    g.drawString(label, (w - fm.stringWidth(label)) / 2, (h + fm.getAscent() - fm.getDescent()) / 2);
    g.dispose();
    return img;
  }
}
