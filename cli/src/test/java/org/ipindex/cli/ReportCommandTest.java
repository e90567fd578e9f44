package org.ipindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code ipindex report}, run in-process as a user would, on a store with the bundled data and two releases. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandTest {
  @TempDir
  static Path dir;

  String home() {
    return dir.resolve("home").toString();
  }

  @BeforeAll
  void releases() {
    for (String framework : new String[] {"national", "regional"}) {
      var r = StoreCliTest.run("--home", home(), "release", "create", framework + "-2025", "--year", "2025",
          "--framework", framework);
      assertThat(r.code()).as(r.err()).isZero();
    }
  }

  @Test
  void writes_the_report_of_two_releases_in_the_formats_asked_for() throws Exception {
    Path out = dir.resolve("out");
    var r = StoreCliTest.run("--home", home(), "report", "--release", "national-2025,regional-2025",
        "--format", "html,xlsx", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("wrote " + out.resolve("report-2025-zh.html") + " (")
        .contains("wrote " + out.resolve("report-2025-zh.xlsx") + " (");
    assertThat(Files.readString(out.resolve("report-2025-zh.html"), StandardCharsets.UTF_8))
        .contains("知识产权强国建设指数", "地区知识产权发展指数", "<svg");
  }

  @Test
  void writes_english_when_asked() throws Exception {
    Path out = dir.resolve("en");
    var r = StoreCliTest.run("report", "--release", "regional-2025", "--lang", "en", "--format", "html",
        "--out", out.toString(), "--home", home());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("report-2025-en.html"), StandardCharsets.UTF_8))
        .contains("The 2025 evaluation puts the provinces' mean Regional IP development index at");
  }

  @Test
  void bad_input_exits_with_2_and_says_what_to_do() throws Exception {
    var none = StoreCliTest.run("--home", home(), "report");
    assertThat(none.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(none.err()).startsWith("ipindex: Missing required option: '--release=NAME'");

    var format = StoreCliTest.run("--home", home(), "report", "--release", "regional-2025", "--format", "pdf,odt");
    assertThat(format.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(format.err()).isEqualTo("ipindex: --format pdf,odt: unknown format 'odt'; use one or more of docx, "
        + "pdf, html, xlsx, comma-separated\n");

    var lang = StoreCliTest.run("--home", home(), "report", "--release", "regional-2025", "--lang", "fr");
    assertThat(lang.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(lang.err()).startsWith("ipindex: --lang fr: unknown language 'fr'; use one of [zh, en]");

    var unknown = StoreCliTest.run("--home", home(), "report", "--release", "regional-2030");
    assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(unknown.err()).isEqualTo("ipindex: release regional-2030: no release named 'regional-2030'; releases: "
        + "[national-2025, regional-2025]\n");

    Path file = Files.writeString(dir.resolve("a-file"), "x");
    var notFolder = StoreCliTest.run("--home", home(), "report", "--release", "regional-2025", "--out", file.toString());
    assertThat(notFolder.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(notFolder.err()).startsWith("ipindex: --out " + file + ": is a file; name a folder");

    var twice = StoreCliTest.run("--home", home(), "report", "--release", "regional-2025,national-2025,regional-2025x");
    assertThat(twice.code()).isEqualTo(Main.BAD_INPUT);
  }
}
