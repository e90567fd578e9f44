package org.ipindex.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.validate.DryRun;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.io.ingest.validate.ValidationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading any layout through one entry point, as {@code ipindex data import} does. */
class IngestTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private Path copy(String resource, String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = Fixtures.resource(resource)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void tells_the_layouts_apart() throws IOException {
    assertThat(Ingest.read(write("long.csv", "\uFEFFregion,measure,year,value\n44,gdp,2024,1\n"), null).rows().size()).isEqualTo(1);
    assertThat(Ingest.read(copy("/ingest/cnipa/tables-1-6.csv", "t.csv"), null).rows().measures()).contains("valid_patents[design]");
    assertThat(Ingest.read(copy("/ingest/cnipa/tables-1-6.xlsx", "t.xlsx"), null).rows().size()).isEqualTo(3 * 51 * 8 + 3 * 8);
    assertThat(Ingest.read(copy("/coinr/data/ASEM_iData.csv", "i.csv"), null).rows().year(0)).isEqualTo(2018);
    Path wide = write("w.csv", "地区,2023年,2024年\n北京,43760.7,49843.1\n");
    Path mapping = write("w.yaml", "measure: gdp\nunit: 亿元\n");
    assertThat(Ingest.read(wide, mapping).rows().size()).isEqualTo(2);
  }

  @Test
  void reports_a_broken_mapping_instead_of_reading() throws IOException {
    Parsed p = Ingest.read(write("w.csv", "地区,2024年\n北京,1\n"), write("w.yaml", "colums: {}\n"));
    assertThat(p.issues()).extracting(Issue::toString).containsExactly(
        "w.yaml: unknown key 'colums' (did you mean 'columns'?); use only layout, sheet, header_rows, region_column, measure, "
            + "year, unit, columns, skip_columns, parts, countries");
  }

  @Test
  void checks_a_file_for_a_dry_run() throws IOException {
    Outcome o = Ingest.check(write("d.csv", "region,measure,year,value\n广东,valid_patents[invention],2024,79.2282万\n"), null,
        Fixtures.catalogue(), StoredValues.NONE, ValidationOptions.DEFAULT);
    assertThat(DryRun.report(o)).isEqualTo("d.csv: 1 values read\nwould store 1 values: 1 new, 0 changed, 0 unchanged; 0 rejected\n");
    assertThat(o.rows().value(0)).isEqualTo(792282.0);
  }

  @Test
  void dry_runs_a_revision_against_the_bundled_statistics_as_the_store() throws IOException {
    var catalogue = Fixtures.catalogue();
    var stored = Ingest.stored(Fixtures.REPOSITORY.resolve("data/statistics.csv"), catalogue);
    assertThat(stored.size()).isEqualTo(2436);
    Path file = write("fix.csv", "region,measure,year,value\n广东,valid_patents[invention],2024,792283\n"
        + "广东,valid_patents[invention],2023,\"665,592\"\n");
    Outcome refused = Ingest.check(file, null, catalogue, stored, ValidationOptions.DEFAULT);
    assertThat(DryRun.report(refused)).isEqualTo("""
        fix.csv: 2 values read
        would store nothing: 1 error; 2 rejected (once fixed: 0 new, 1 changed, 1 unchanged)
        errors (1):
          fix.csv, row 2, column value: valid_patents[invention] for 广东 (44) in 2024 is 792283 here but 792282 is stored; to replace the stored value, import again with --revise --reason "why"; otherwise correct the file
        changes (1):
          valid_patents[invention] 44 2024: 792282 → 792283 (fix.csv, row 2, column value)
        """);
    Outcome revised = Ingest.check(file, null, catalogue, stored,
        ValidationOptions.DEFAULT.withRevision(org.ipindex.io.ingest.validate.Revision.because("CNIPA erratum")));
    assertThat(revised.decision()).isEqualTo(Outcome.Decision.STORE);
  }
}
