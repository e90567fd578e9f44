package org.ipindex.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Direction;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Kind;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkReaderTest {
  private static final String HEADER = "code,parent,level,name_zh,name_en,unit,direction,weight\n";

  @TempDir Path dir;

  @Test
  void reads_the_coinr_imeta_as_a_four_level_tree() throws Exception {
    FrameworkFile file = FrameworkReader.read(TestFiles.coinr(dir, "ASEM_iMeta.csv"));
    Framework f = file.framework();

    assertThat(f.name()).isEqualTo("ASEM_iMeta");
    assertThat(f.indicators()).hasSize(49);
    assertThat(f.nodes()).hasSize(49 + 8 + 2 + 1);
    assertThat(f.root().code()).isEqualTo("Index");
    assertThat(f.level("Index")).isEqualTo(4);
    assertThat(f.level("Conn")).isEqualTo(3);
    assertThat(f.level("Physical")).isEqualTo(2);
    assertThat(f.level("LPI")).isEqualTo(1);
    assertThat(f.children("Index")).extracting(Node::code).containsExactly("Conn", "Sust");
    assertThat(f.children("Sust")).extracting(Node::code).containsExactly("Environ", "Social", "SusEcFin");
    assertThat(f.node("NEET").parentCode()).isEqualTo("SusEcFin");
    assertThat(f.node("Goods").parentCode()).isEqualTo("ConEcFin");
    assertThat(f.children("P2P")).hasSize(8);
    assertThat(file.denominators()).containsExactly("Area", "Energy", "GDP", "Population");
    assertThat(file.groupColumns()).containsExactly("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group");
  }

  @Test
  void reads_coinr_names_directions_denominators_and_targets() throws Exception {
    Framework f = FrameworkReader.read(TestFiles.coinr(dir, "ASEM_iMeta.csv")).framework();

    Node flights = f.node("Flights");
    assertThat(flights.nameEn()).isEqualTo("International flights passenger capacity");
    assertThat(flights.nameZh()).isEmpty();
    assertThat(flights.unit()).isEqualTo("Thousand seats");
    assertThat(flights.denominator()).isEqualTo("Population");
    assertThat(flights.target()).isEqualTo(200.3326555);
    assertThat(flights.weight()).isEqualTo(1.0);
    assertThat(f.node("CostImpEx").direction()).isEqualTo(Direction.NEGATIVE);
    assertThat(f.node("LPI").denominator()).isNull();
    assertThat(f.node("Physical").target()).isNaN();
  }

  @Test
  void reads_our_layout_with_a_byte_order_mark_and_chinese_names() throws Exception {
    Path file = TestFiles.write(dir, "regional.csv", "\uFEFF"
        + "code,parent,level,name_zh,name_en,unit,direction,weight,kind,denominator,target,note\n"
        + "IDX,,3,地区知识产权发展指数,Regional IP index,,,,,,,\n"
        + "P1,IDX,2,知识产权保护,IP protection,,,0.4,,,,\n"
        + "R01,P1,1,结案量,Cases concluded,件,1,,scale,POP,120.5,from the report\n"
        + "R02,P1,,审查周期,Examination period,月,−1,2,intensity,,,\n");

    FrameworkFile read = FrameworkReader.read(file);
    Framework f = read.framework();

    assertThat(f.name()).isEqualTo("regional");
    assertThat(f.root().nameZh()).isEqualTo("地区知识产权发展指数");
    assertThat(f.node("P1").weight()).isEqualTo(0.4);
    assertThat(f.node("IDX").weight()).isNaN();
    Node r01 = f.node("R01");
    assertThat(r01.direction()).isEqualTo(Direction.POSITIVE);
    assertThat(r01.kind()).isEqualTo(Kind.SCALE);
    assertThat(r01.weight()).isNaN();
    assertThat(r01.unit()).isEqualTo("件");
    assertThat(r01.target()).isEqualTo(120.5);
    assertThat(r01.note()).isEqualTo("from the report");
    assertThat(f.node("R02").direction()).isEqualTo(Direction.NEGATIVE);
    assertThat(f.node("R02").weight()).isEqualTo(2.0);
    assertThat(read.denominators()).containsExactly("POP");
    assertThat(read.groupColumns()).isEmpty();
  }

  @Test
  void takes_the_name_given_instead_of_the_file_name() throws Exception {
    Path file = TestFiles.write(dir, "f.csv", HEADER + "I,,,,,,,\nA,I,,,,,,\n");

    assertThat(FrameworkReader.read(file, "national").framework().name()).isEqualTo("national");
  }

  @Test
  void collects_bad_direction_bad_weight_and_duplicate_code_in_one_exception() throws Exception {
    Path file = TestFiles.write(dir, "bad.csv", HEADER
        + "I,,,,,,,\n"
        + "A,I,,,,,up,\n"
        + "B,I,,,,,1,abc\n"
        + "A,I,,,,,1,1\n"
        + "C,I,,,,,1,-2\n");

    List<Problem> problems = problems(file);

    assertThat(problems).extracting(Problem::code).containsExactly(ProblemCode.BAD_VALUE,
        ProblemCode.BAD_NUMBER, ProblemCode.DUPLICATE_CODE, ProblemCode.BAD_VALUE);
    assertThat(problems.get(0).toString()).isEqualTo("bad.csv row 3 column direction: 'up' is not a direction; "
        + "write 1 if a larger value is better, -1 if a smaller value is better");
    assertThat(problems.get(1).toString()).isEqualTo("bad.csv row 4 column weight: 'abc' is not a number; "
        + "write a plain number such as 12.5 or -0.25 with '.' as decimal point, or leave the cell empty "
        + "to use the recipe's default weight");
    assertThat(problems.get(2).toString())
        .isEqualTo("bad.csv row 5: code 'A' is also used in row 3; give every node its own code");
    assertThat(problems.get(3).toString()).isEqualTo("bad.csv row 6 column weight: weight '-2' is negative; "
        + "weights must be 0 or more (relative to the node's siblings)");
  }

  @Test
  void names_thousands_separators_as_the_fix() throws Exception {
    Path file = TestFiles.write(dir, "sep.csv", HEADER + "I,,,,,,,\nA,I,,,,,1,\"1,000\"\n");

    assertThat(problems(file).get(0).toString()).isEqualTo("sep.csv row 3 column weight: '1,000' is not a number; "
        + "remove the thousands separators (write 1234.5, not 1,234.5), or leave the cell empty to use the "
        + "recipe's default weight");
  }

  @Test
  void reports_a_level_that_differs_from_the_computed_one() throws Exception {
    Path file = TestFiles.write(dir, "levels.csv", HEADER + "I,,3,,,,,\nP,I,2,,,,,\nA,P,2,,,,,\nB,I,1,,,,,\n");

    List<Problem> problems = problems(file);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.LEVEL_MISMATCH);
      assertThat(p.toString()).isEqualTo("levels.csv row 4 column level: level 2 given for 'A', but it is level 1 "
          + "(indicators are 1, a group is one above its highest child); correct the level or the parents, "
          + "or leave the level empty");
    });
  }

  @Test
  void reports_tree_problems_with_the_row_of_the_node() throws Exception {
    Path file = TestFiles.write(dir, "tree.csv", HEADER + "I,,,,,,,\nA,I,,,,,,\nB,X,,,,,,\nC,I,,,,,sideways,\n");

    List<Problem> problems = problems(file);

    assertThat(problems).extracting(Problem::code)
        .containsExactly(ProblemCode.UNKNOWN_PARENT, ProblemCode.BAD_VALUE);
    assertThat(problems.get(0).toString()).isEqualTo("tree.csv row 4 (node B): parent 'X' of 'B' is not a node "
        + "of the framework; add it or correct the parent");
  }

  @Test
  void reports_a_missing_required_column_and_an_unknown_column() throws Exception {
    Path file = TestFiles.write(dir, "cols.csv", "code,name_en,wieght\nI,Index,\n");

    List<Problem> problems = problems(file);

    assertThat(problems).extracting(Problem::code)
        .containsExactly(ProblemCode.UNKNOWN_COLUMN, ProblemCode.MISSING_COLUMN);
    assertThat(problems.get(0).toString()).startsWith("cols.csv row 1 column wieght: column 'wieght' is not part "
        + "of the framework layout (did you mean 'weight'?); rename it to one of [code, parent, level, name_zh, name_en, unit, direction, "
        + "weight, kind, denominator, target, note] or delete it");
    assertThat(problems.get(1).toString()).startsWith("cols.csv row 1: required column 'parent' is missing "
        + "(found [code, name_en, wieght])");
  }

  @Test
  void reports_a_file_in_neither_layout() throws Exception {
    Path file = TestFiles.write(dir, "source.csv", "id,name\n1,x\n");

    assertThat(problems(file)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.MISSING_COLUMN);
      assertThat(p.toString()).startsWith("source.csv row 1: neither a 'code' column").contains("[id, name]");
    });
  }

  @Test
  void reports_missing_coinr_columns_and_bad_types() throws Exception {
    Path noType = TestFiles.write(dir, "meta.csv", "Level,iCode,Parent,Direction,Weight\n1,A,I,1,1\n");
    Path badType = TestFiles.write(dir, "meta2.csv",
        "Level,iCode,Parent,Direction,Weight,Type\n2,I,,1,1,Aggregate\n1,A,I,1,1,Indikator\n");

    assertThat(problems(noType)).singleElement().extracting(Problem::toString).asString()
        .startsWith("meta.csv row 1: required column 'Type' of the COINr iMeta layout is missing");
    assertThat(problems(badType)).singleElement().extracting(Problem::toString).isEqualTo(
        "meta2.csv row 3 column Type: 'Indikator' is not a COINr type; write one of "
            + "[Indicator, Aggregate, Group, Denominator, Other]");
  }

  @Test
  void reports_an_empty_file_and_a_file_with_only_a_header() throws Exception {
    Path empty = TestFiles.write(dir, "empty.csv", "");
    Path header = TestFiles.write(dir, "header.csv", HEADER);

    assertThat(problems(empty)).singleElement().extracting(Problem::toString)
        .isEqualTo("empty.csv: the file is empty; it needs a header row and at least one data row");
    assertThat(problems(header)).singleElement().extracting(Problem::toString)
        .isEqualTo("header.csv: the file has a header but no nodes; add one row per index, group and indicator");
  }

  @Test
  void reports_a_file_that_is_not_utf8() throws Exception {
    Path file = dir.resolve("gbk.csv");
    Files.write(file, (HEADER + "I,,,指数,,,,\n").getBytes(java.nio.charset.Charset.forName("GBK")));

    assertThat(problems(file)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.BAD_FILE);
      assertThat(p.toString()).isEqualTo("gbk.csv: the file is not UTF-8 text (GBK or another encoding?); "
          + "save it as \"CSV UTF-8\" and read it again");
    });
  }

  @Test
  void reports_malformed_csv() throws Exception {
    Path file = TestFiles.write(dir, "quote.csv", HEADER + "I,,,\"open,,,,,\n");

    assertThat(problems(file)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.BAD_FILE);
      assertThat(p.toString()).startsWith("quote.csv: the file is not valid CSV");
    });
  }

  @Test
  void reads_from_a_stream_with_a_file_name_for_messages() throws Exception {
    byte[] bytes = (HEADER + "I,,,,,,,\nA,I,,,,,1,\n").getBytes(StandardCharsets.UTF_8);

    FrameworkFile f = FrameworkReader.read("upload.csv", new java.io.ByteArrayInputStream(bytes), "upload");

    assertThat(f.framework().indicators()).extracting(Node::code).containsExactly("A");
  }

  private static List<Problem> problems(Path file) {
    try {
      FrameworkReader.read(file);
    } catch (DataException e) {
      return e.problems();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("expected a DataException for " + file.getFileName());
  }

  @Test
  void throws_data_exception_for_tree_problems() throws Exception {
    Path file = TestFiles.write(dir, "roots.csv", HEADER + "I,,,,,,,\nJ,,,,,,,\n");

    assertThatThrownBy(() -> FrameworkReader.read(file)).isInstanceOf(DataException.class)
        .hasMessageContaining("roots.csv: several nodes have no parent ([I, J])");
  }
}
