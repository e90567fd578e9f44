package org.ipindex.io.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipindex.core.result.ResultRow;
import org.ipindex.core.result.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsXlsxWriterTest {
  @TempDir Path dir;

  @Test
  void writes_numeric_cells_and_a_frozen_bold_header() throws Exception {
    Results results = TinyResults.results();
    Path file = dir.resolve("results.xlsx");

    ResultsXlsxWriter.write(results, file);

    try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getSheetName(0)).isEqualTo("results");
      assertThat(book.getSheetName(1)).isEqualTo("scores");
      Sheet sheet = book.getSheet("results");
      Row head = sheet.getRow(0);
      assertThat(head.getCell(8).getStringCellValue()).isEqualTo("score");
      assertThat(book.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getColumnWidth(6)).isEqualTo(256 * (12 + 2));
      List<ResultRow> rows = results.rows();
      assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.getRow(i + 1);
        ResultRow expected = rows.get(i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.unitCode());
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(expected.year());
        if (Double.isNaN(expected.score())) {
          assertThat(row.getCell(8)).isNull();
        } else {
          assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(expected.score());
        }
      }
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("-X");
      assertThat(sheet.getRow(4).getCell(7).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("=Protection");
    }
  }

  @Test
  void writes_a_wide_sheet_of_scores_per_year() throws Exception {
    Results results = TinyResults.results();
    Path file = dir.resolve("wide.xlsx");

    ResultsXlsxWriter.write(results, file);

    try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet("scores");
      Row head = sheet.getRow(0);
      assertThat(List.of(head.getCell(0).getStringCellValue(), head.getCell(3).getStringCellValue(),
          head.getCell(4).getStringCellValue(), head.getCell(8).getStringCellValue()))
          .containsExactly("unit", "evaluation_year", "IDX", "I3");
      assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
      assertThat(sheet.getLastRowNum()).isEqualTo(6);
      Row beijing2023 = sheet.getRow(4);
      assertThat(beijing2023.getCell(1).getStringCellValue()).isEqualTo("北京");
      assertThat(beijing2023.getCell(2).getNumericCellValue()).isEqualTo(2023);
      assertThat(beijing2023.getCell(3).getNumericCellValue()).isEqualTo(2024);
      assertThat(beijing2023.getCell(4).getNumericCellValue()).isEqualTo(72.25);
      assertThat(beijing2023.getCell(6).getNumericCellValue()).isEqualTo(TinyResults.THIRD);
      assertThat(sheet.getRow(3).getCell(4)).isNull();
    }
  }
}
