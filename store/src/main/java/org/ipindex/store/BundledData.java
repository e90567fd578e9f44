package org.ipindex.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The statistics that ship with ipindex, loaded into a new store as five batches (the app adds a sixth, the plan targets' observed values), each recording
 * its file, the file's SHA-256 and its source document (see {@code data/README.md}):
 * the CNIPA annual report 2024 tables (domestic figures, 2023–2024), the NBS provincial patent series
 * (2011–2024), population and GDP (2019–2024), and the bundled regional and national indicator values.
 */
public final class BundledData {
  /** Who the bundled batches are recorded as. */
  public static final String WHO = "ipindex (bundled data)";

  private static final Set<String> REGION_TYPES = Set.of("province", "hk_mo_tw", "city", "corps");

  private BundledData() {}

  /** Loads the bundled data if the store has no batch yet; returns what was written (empty if nothing). */
  public static List<WriteSummary> loadIfEmpty(Store store) {
    if (!store.batches().list().isEmpty()) {
      return List.of();
    }
    return load(store);
  }

  /** Loads the bundled data as five batches. */
  public static List<WriteSummary> load(Store store) {
    List<WriteSummary> out = new ArrayList<>();
    out.add(write(store, "raw/cnipa_2024_annual_report_tables.csv",
        "国家知识产权局《2024年度报告》附录一 统计资料 表1–12 (CNIPA annual report 2024, statistical appendix; domestic figures)",
        cnipa()));
    out.add(write(store, "raw/province_patents_nbs_2011_2024.csv",
        "国家统计局 分省年度数据 (NBS provincial annual data): patent applications and grants, technology market turnover",
        nbs()));
    out.add(write(store, "raw/province_denominators.csv",
        "国家统计局 (NBS): 年末常住人口, 地区生产总值 (GDP vintage revised after the 5th economic census)", denominators()));
    out.add(write(store, "regional-indicators.csv",
        "ipindex bundled regional indicators: CNIPA annual report 2024 tables 5, 7, 9, 10, 12; NBS population and GDP",
        indicators("regional-indicators.csv")));
    out.add(write(store, "national-indicators.csv",
        "《知识产权强国建设发展报告（2024年）》; 国家知识产权局《2024年度报告》", indicators("national-indicators.csv")));
    return out;
  }

  private static WriteSummary write(Store store, String file, String document, List<ObservationInput> rows) {
    return store.observations().write(new BatchInfo(WHO, "data/" + file, sha256(file), document), rows, RevisePolicy.REFUSE);
  }

  private static List<ObservationInput> cnipa() {
    List<ObservationInput> rows = new ArrayList<>();
    for (CSVRecord r : Catalogue.bundled("raw/cnipa_2024_annual_report_tables.csv")) {
      if (!r.get("section").equals("domestic")) {
        continue;
      }
      String type = r.get("ip_type");
      String measure = r.get("measure") + (type.isEmpty() || type.equals("total") ? "" : "_" + type);
      String note = "table " + r.get("table_no") + (r.get("notes").isEmpty() ? "" : "; " + r.get("notes"));
      String region;
      if (r.get("region_type").equals("total") && r.get("region_zh").equals("国内总计")) {
        region = "CN";
        note += "; 国内总计 = the 31 provinces + 台湾, 香港, 澳门";
      } else if (REGION_TYPES.contains(r.get("region_type"))) {
        region = r.get("region_zh");
      } else {
        continue;
      }
      rows.add(new ObservationInput(measure, region, Integer.parseInt(r.get("year")), Double.parseDouble(r.get("value")),
          r.get("unit"), note));
    }
    return rows;
  }

  private static List<ObservationInput> nbs() {
    List<ObservationInput> rows = new ArrayList<>();
    for (CSVRecord r : Catalogue.bundled("raw/province_patents_nbs_2011_2024.csv")) {
      String measure = switch (r.get("measure")) {
        case "invention_applications" -> "patent_applications_invention";
        case "invention_grants" -> "patent_grants_invention";
        default -> r.get("measure");
      };
      rows.add(new ObservationInput(measure, r.get("province"), Integer.parseInt(r.get("year")),
          Double.parseDouble(r.get("value")), r.get("unit"), null));
    }
    return rows;
  }

  private static List<ObservationInput> denominators() {
    List<ObservationInput> rows = new ArrayList<>();
    for (CSVRecord r : Catalogue.bundled("raw/province_denominators.csv")) {
      if (!r.get("measure").equals("population_year_end") && !r.get("measure").equals("gdp")) {
        continue;
      }
      String region = r.get("province").equals("全国") ? "CN" : r.get("province");
      rows.add(new ObservationInput(r.get("measure"), region, Integer.parseInt(r.get("year")),
          Double.parseDouble(r.get("value")), r.get("unit"), r.get("source")));
    }
    return rows;
  }

  private static List<ObservationInput> indicators(String file) {
    List<ObservationInput> rows = new ArrayList<>();
    for (CSVRecord r : Catalogue.bundled(file)) {
      String note = r.get("source") + (r.get("note").isEmpty() ? "" : "; " + r.get("note"));
      rows.add(new ObservationInput(r.get("indicator"), r.get("unit"), Integer.parseInt(r.get("year")),
          Double.parseDouble(r.get("value")), r.get("unit_of_measure"), note));
    }
    return rows;
  }

  private static String sha256(String file) {
    try (InputStream in = BundledData.class.getClassLoader().getResourceAsStream("ipindex/store/" + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled file data/" + file + " is missing from this build of ipindex");
      }
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
