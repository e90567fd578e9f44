package org.ipindex.io.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipindex.core.analysis.Audit;
import org.ipindex.core.analysis.AuditReport;
import org.ipindex.core.analysis.AuditSettings;
import org.ipindex.core.analysis.Experiment;
import org.ipindex.core.analysis.LeaveOneOut;
import org.ipindex.core.analysis.Runs;
import org.ipindex.core.analysis.Sampler;
import org.ipindex.core.analysis.SensitivityAnalysis;
import org.ipindex.core.analysis.StepAlternatives;
import org.ipindex.core.analysis.StepRef;
import org.ipindex.core.analysis.UncertaintyAnalysis;
import org.ipindex.core.analysis.UncertaintyResult;
import org.ipindex.core.analysis.WeightNoise;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Params;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.testkit.ExamplePanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisWriterTest {
  @TempDir Path dir;

  static final Recipe RECIPE = new Recipe("example", 0, List.of(
      new StepSpec("normalise", new Params("", Map.of("method", "minmax", "lower", 1, "upper", 100))),
      new StepSpec("aggregate", new Params("", Map.of("method", "arithmetic")))));

  static Experiment experiment() {
    return Experiment.of(ExamplePanel.panel(), ExamplePanel.framework(), RECIPE, null, new int[0], List.of(
        new WeightNoise("weights", List.of(2), List.of(), 0.5),
        StepAlternatives.of("aggregation", StepRef.verb("aggregate"),
            List.of(Map.of("method", "arithmetic"), Map.of("method", "geometric")))));
  }

  @Test
  void writes_every_table_in_every_format() throws Exception {
    Experiment e = experiment();
    UncertaintyAnalysis ua = UncertaintyAnalysis.of(e, Sampler.MONTE_CARLO, 20, 3);
    UncertaintyResult r = ua.summarise(Runs.sequentially(ua));
    List<Table> tables = AnalysisTables.uncertainty(r);
    Map<String, Object> about = AnalysisTables.about("uncertainty", e, ua.design());

    List<Path> csv = AnalysisWriter.write("csv", about, tables, dir.resolve("out/ua.csv"));
    AnalysisWriter.write("json", about, tables, dir.resolve("out/ua.json"));
    AnalysisWriter.write("xlsx", about, tables, dir.resolve("out/ua.xlsx"));

    assertThat(csv).containsExactly(dir.resolve("out/ua.csv"), dir.resolve("out/ua-runs.csv"),
        dir.resolve("out/ua-ranks.csv"));
    List<String> lines = Files.readAllLines(csv.get(0), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFFunit,unit_name,year,evaluation_year,nominal_score,nominal_rank,mean_rank,"
        + "median_rank,q05_rank,q95_rank,rank_interval,mean_score,q05_score,q95_score,runs_ranked");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1)).startsWith("GD,广东,2023,2023,");
    assertThat(Files.readAllLines(csv.get(1)).get(0)).isEqualTo("\uFEFFrun,weights,aggregation,mean_abs_rank_change");
    assertThat(Files.readAllLines(csv.get(2))).hasSize(21);

    JsonNode json = new ObjectMapper().readTree(dir.resolve("out/ua.json").toFile());
    assertThat(json.get("analysis").asText()).isEqualTo("uncertainty");
    assertThat(json.get("target").asText()).isEqualTo("IDX");
    assertThat(json.get("runs").asInt()).isEqualTo(20);
    assertThat(json.get("inputs").get(1).get("kind").asText()).isEqualTo("alternatives");
    JsonNode gd = json.get("tables").get("rank_statistics").get(0);
    assertThat(gd.get("unit").asText()).isEqualTo("GD");
    assertThat(gd.get("q05_rank").asDouble()).isEqualTo(r.statistics().get(0).lowRank());
    assertThat(json.get("tables").get("runs")).hasSize(20);

    try (InputStream in = Files.newInputStream(dir.resolve("out/ua.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getSheetName(0)).isEqualTo("about");
      assertThat(book.getSheetName(1)).isEqualTo("rank_statistics");
      assertThat(book.getSheet("rank_statistics").getRow(1).getCell(5).getNumericCellValue())
          .isEqualTo(r.statistics().get(0).nominalRank());
      assertThat(book.getSheet("runs").getLastRowNum()).isEqualTo(20);
    }
  }

  @Test
  void writes_sensitivity_and_audit_tables() throws Exception {
    Experiment e = experiment();
    SensitivityAnalysis sa = SensitivityAnalysis.of(e, Sampler.SOBOL, 8, 1, 50);
    List<Table> sensitivity = AnalysisTables.sensitivity(sa.summarise(Runs.sequentially(sa)));
    Build build = Build.replay(ExamplePanel.panel(), ExamplePanel.framework(), RECIPE);
    Experiment plain = Experiment.of(ExamplePanel.panel(), ExamplePanel.framework(), RECIPE, null, new int[0],
        List.of());
    LeaveOneOut loo = LeaveOneOut.of(plain);
    AuditReport audit = Audit.of(build, 2023, AuditSettings.DEFAULT, loo.summarise(Runs.sequentially(loo)));
    List<Table> auditTables = AnalysisTables.audit(audit, ExamplePanel.framework(), ExamplePanel.panel(), 0);

    assertThat(sensitivity).extracting(Table::name).containsExactly("sensitivity", "unit_sensitivity",
        "rank_statistics", "runs");
    assertThat(sensitivity.get(0).rows()).hasSize(2);
    assertThat(sensitivity.get(3).rows().get(8).get(1)).isEqualTo("B");
    assertThat(auditTables).extracting(Table::name).containsExactly("indicators", "correlations", "groups",
        "principal_components", "loadings", "leave_one_out", "leave_one_out_ranks");
    assertThat(auditTables.get(0).rows()).hasSize(4);
    assertThat(auditTables.get(5).rows()).hasSize(4);

    AnalysisWriter.write("csv", Map.of(), auditTables, dir.resolve("audit.csv"));
    assertThat(dir.resolve("audit-leave_one_out_ranks.csv")).exists();
    assertThat(Files.readString(dir.resolve("audit.csv")))
        .contains("A,每万人发明专利,Patents per 10k,P1,2023,4,4,1,");
  }

  @Test
  void guards_text_that_a_spreadsheet_would_run() throws Exception {
    Table t = new Table("t", List.of("text", "number"), List.of(java.util.Arrays.asList("=SUM(A1)", -1.5),
        java.util.Arrays.asList(null, Double.NaN)));

    AnalysisWriter.write("csv", Map.of(), List.of(t), dir.resolve("t.csv"));

    assertThat(Files.readAllLines(dir.resolve("t.csv"))).containsExactly("\uFEFFtext,number", "'=SUM(A1),-1.5",
        "\"\",");
  }
}
