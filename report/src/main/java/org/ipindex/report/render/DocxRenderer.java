package org.ipindex.report.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.xmlbeans.XmlException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ipindex.report.chart.Charts;
import org.ipindex.report.model.Block;
import org.ipindex.report.model.Document;
import org.ipindex.report.model.Figure;
import org.ipindex.report.model.Inline;
import org.ipindex.report.model.Paragraph;
import org.ipindex.report.model.Section;
import org.ipindex.report.model.Table;
import org.ipindex.report.model.Verbatim;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * Writes the report as a Word document (Apache POI): real headings (styles Heading1–3 with outline
 * levels, so Word's navigation and table of contents work), a contents field Word fills in when the
 * document opens, page numbers in the footer, real footnotes, real tables (header rows repeated on
 * each page) and the charts as pictures (PNG drawn the same way as every chart, about 150 dpi).
 */
public final class DocxRenderer {
  /** Text width of the page: A4 less 2.54 cm margins, in points. */
  private static final double TEXT_WIDTH_PT = (11906 - 2 * 1440) / 20.0;
  /** Pictures at 1.5 × the chart's size: 960 px over the 16 cm of text, about 150 dpi. */
  private static final float PNG_SCALE = 1.5f;
  private static final String BODY_FONT = "SimSun";
  private static final String HEADING_FONT = "SimHei";
  private static final String LATIN_FONT = "Times New Roman";

  private final Document doc;
  private final XWPFDocument word;

  private DocxRenderer(Document doc, XWPFDocument word) {
    this.doc = doc;
    this.word = word;
  }

  /** Writes the document to {@code out} (not closed). */
  public static void write(Document doc, OutputStream out) throws IOException {
    try (XWPFDocument word = new XWPFDocument()) {
      new DocxRenderer(doc, word).build();
      word.write(out);
    }
  }

  private void build() {
    styles();
    page();
    XWPFParagraph title = word.createParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    title.setSpacingBefore(2400);
    XWPFRun t = title.createRun();
    t.setText(doc.title());
    t.setBold(true);
    t.setFontSize(22);
    XWPFParagraph sub = word.createParagraph();
    sub.setAlignment(ParagraphAlignment.CENTER);
    sub.setSpacingAfter(480);
    sub.createRun().setText(doc.subtitle());
    doc.front().forEach(this::paragraph);
    XWPFParagraph toc = word.createParagraph();
    toc.setPageBreak(true);
    XWPFRun head = toc.createRun();
    head.setText(Headings.contents(doc.lang()));
    head.setBold(true);
    head.setFontSize(16);
    field(word.createParagraph(), "TOC \\o \"1-3\" \\h \\z \\u",
        doc.lang().pick("（打开文档时更新目录；如未更新，请右键选择“更新域”。）",
            "(The contents are filled in when the document is opened; otherwise right-click and choose Update Field.)"));
    word.enforceUpdateFields();
    for (Section s : doc.sections()) {
      section(s, 1);
    }
  }

  private void styles() {
    XWPFStyles styles = word.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(LATIN_FONT);
    fonts.setHAnsi(LATIN_FONT);
    fonts.setEastAsia(BODY_FONT);
    styles.setDefaultFonts(fonts);
    int[] sizes = {16, 13, 11};
    for (int level = 1; level <= 3; level++) {
      CTStyle st = CTStyle.Factory.newInstance();
      st.setStyleId("Heading" + level);
      st.setType(STStyleType.PARAGRAPH);
      st.addNewName().setVal("heading " + level);
      st.addNewQFormat();
      CTPPrGeneral ppr = st.addNewPPr();
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
      ppr.addNewKeepNext();
      ppr.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 180));
      CTRPr rpr = st.addNewRPr();
      rpr.addNewB();
      rpr.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1] * 2L));
      CTFonts hf = rpr.addNewRFonts();
      hf.setEastAsia(HEADING_FONT);
      hf.setAscii(LATIN_FONT);
      hf.setHAnsi(LATIN_FONT);
      rpr.addNewColor().setVal("1F3F6E");
      styles.addStyle(new XWPFStyle(st, styles));
    }
    // POI marks footnote references with this character style; without it the number is not raised.
    CTStyle ref = CTStyle.Factory.newInstance();
    ref.setStyleId("FootnoteReference");
    ref.setType(STStyleType.CHARACTER);
    ref.addNewName().setVal("footnote reference");
    ref.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
    styles.addStyle(new XWPFStyle(ref, styles));
  }

  private void page() {
    CTSectPr sect = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
        : word.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    m.setLeft(BigInteger.valueOf(1440));
    m.setRight(BigInteger.valueOf(1440));
    m.setTop(BigInteger.valueOf(1440));
    m.setBottom(BigInteger.valueOf(1440));
    XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    field(p, "PAGE", "1");
  }

  /** Adds a field (begin, instruction, separate, shown text, end) to a paragraph. */
  private static void field(XWPFParagraph p, String instruction, String shown) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    p.createRun().setText(shown);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  private void section(Section s, int level) {
    XWPFParagraph h = word.createParagraph();
    h.setStyle("Heading" + Math.min(level, 3));
    if (level == 1) {
      h.setPageBreak(true);
    }
    h.createRun().setText(s.title());
    for (Block b : s.blocks()) {
      if (b instanceof Paragraph p) {
        paragraph(p);
      } else if (b instanceof Table t) {
        table(t);
      } else if (b instanceof Figure f) {
        figure(f);
      } else if (b instanceof Verbatim v) {
        verbatim(v);
      }
    }
    for (Section c : s.sections()) {
      section(c, level + 1);
    }
  }

  private void paragraph(Paragraph p) {
    XWPFParagraph w = word.createParagraph();
    w.setFirstLineIndent(doc.lang() == org.ipindex.report.model.Lang.ZH ? 420 : 0);
    w.setSpacingAfter(120);
    for (Inline part : p.parts()) {
      if (part instanceof Inline.Text t) {
        w.createRun().setText(t.text());
      } else if (part instanceof Inline.Note n) {
        XWPFFootnote note = word.createFootnote();
        XWPFParagraph np = note.createParagraph();
        XWPFRun r = np.createRun();
        r.setText(" " + n.text());
        r.setFontSize(9);
        w.addFootnoteReference(note);
      }
    }
  }

  private void caption(String text, boolean before) {
    XWPFParagraph c = word.createParagraph();
    c.setAlignment(ParagraphAlignment.CENTER);
    c.setSpacingBefore(before ? 120 : 0);
    c.setSpacingAfter(before ? 60 : 200);
    c.setKeepNext(before);
    XWPFRun r = c.createRun();
    r.setText(text);
    r.setBold(true);
    r.setFontSize(10);
  }

  private void table(Table t) {
    caption(t.caption(), true);
    CellNotes notes = new CellNotes(t);
    XWPFTable table = word.createTable();
    try {
      // One parse of the table's XML instead of thousands of XMLBeans calls (ten times faster for the
      // appendix's long tables); the wrapper's row cache is not used after this.
      table.getCTTbl().set(CTTbl.Factory.parse(DocxTables.xml(t, notes)));
    } catch (XmlException e) {
      throw new IllegalStateException("table " + t.id() + ": " + e.getMessage(), e);
    }
    List<String> lines = new ArrayList<>(t.notes());
    lines.addAll(notes.lines());
    for (String l : lines) {
      XWPFParagraph p = word.createParagraph();
      p.setSpacingAfter(0);
      XWPFRun r = p.createRun();
      r.setText(l);
      r.setFontSize(8);
    }
    word.createParagraph().setSpacingAfter(120);
  }

  private void figure(Figure f) {
    double width = Charts.width(f.chart());
    double height = Charts.height(f.chart());
    byte[] png = Charts.png(f.chart(), ReportFont.awt(), PNG_SCALE);
    double w = Math.min(TEXT_WIDTH_PT, width * 0.75);
    double h = height * w / width;
    XWPFParagraph p = word.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setKeepNext(true);
    try {
      p.createRun().addPicture(new ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
          f.id() + ".png", Units.toEMU(w), Units.toEMU(h));
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("adding the picture of " + f.id(), e);
    }
    caption(f.caption(), false);
  }

  private void verbatim(Verbatim v) {
    XWPFParagraph c = word.createParagraph();
    XWPFRun cr = c.createRun();
    cr.setText(v.caption());
    cr.setBold(true);
    for (String line : v.text().split("\n", -1)) {
      XWPFParagraph p = word.createParagraph();
      p.setSpacingAfter(0);
      XWPFRun r = p.createRun();
      r.setText(line);
      r.setFontFamily("Courier New");
      r.setFontSize(8);
    }
  }
}
