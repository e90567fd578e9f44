package org.ipindex.report.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/**
 * The Chinese font of the PDF: WenQuanYi Micro Hei (Apache-2.0 or GPL-3.0 with font exception), from
 * Debian's {@code fonts-wqy-microhei}. It is not bundled (5 MB); {@code scripts/setup.sh} installs it.
 * Its .ttc holds two faces; the PDF embeds face 0 (the proportional one) only, so bold text never
 * falls back to the mono face. {@code -Dipindex.font=FILE} names another .ttc or .ttf.
 */
public final class ReportFont {
  /** The family name the report's styles and charts use. */
  public static final String FAMILY = "WenQuanYi Micro Hei";
  /** The face of the .ttc to embed (its PostScript name). */
  static final String FACE = "WenQuanYiMicroHei";
  private static final List<Path> PLACES = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
      Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"), Path.of("/usr/local/share/fonts/wqy-microhei.ttc"));

  private static volatile Font awt;

  private ReportFont() {}

  /**
   * Returns the font as a Java2D font of size 1 (charts derive their sizes), loaded once from
   * {@link #locate()}: for a .ttc, its first face.
   *
   * @throws org.ipindex.core.model.DataException when it is not installed
   */
  public static Font awt() {
    Font f = awt;
    if (f == null) {
      Path file = locate();
      try {
        f = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
      } catch (FontFormatException | IOException e) {
        throw DataException.of(ProblemCode.BAD_FILE, "font " + file, "cannot read the font: " + e.getMessage());
      }
      awt = f;
    }
    return f;
  }

  /**
   * Returns the font file.
   *
   * @throws DataException naming the places looked at and the fix when it is not installed
   */
  public static Path locate() {
    String given = System.getProperty("ipindex.font");
    if (given != null) {
      Path p = Path.of(given);
      if (!Files.isRegularFile(p)) {
        throw DataException.of(ProblemCode.BAD_FILE, "-Dipindex.font=" + given, "font file not found");
      }
      return p;
    }
    for (Path p : PLACES) {
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw DataException.of(ProblemCode.BAD_FILE, "font " + FAMILY,
        ("the PDF needs the Chinese font WenQuanYi Micro Hei, which is not installed (looked at %s); run "
            + "scripts/setup.sh, or `sudo apt-get install fonts-wqy-microhei`, or name a font file with "
            + "-Dipindex.font=FILE").formatted(PLACES));
  }
}
