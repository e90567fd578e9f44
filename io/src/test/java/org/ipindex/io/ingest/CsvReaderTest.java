package org.ipindex.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static List<String> records(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvReader r = new CsvReader(new StringReader(text))) {
      while (r.next()) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          fields.add(r.text(i));
        }
        out.add(r.line() + ":" + String.join("|", fields));
      }
    }
    return out;
  }

  @Test
  void reads_quotes_line_ends_and_a_byte_order_mark() throws IOException {
    assertThat(records("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n 1 , 2 \n\"multi\nline\",3\nlast,"))
        .containsExactly("1:a|b", "2:x, y|say \"hi\"", "3:", "4:1|2", "5:multi\nline|3", "7:last|");
  }

  @Test
  void caches_repeated_texts_as_one_instance() throws IOException {
    try (CsvReader r = new CsvReader(new StringReader("广东,1\n广东,2\n江苏,3\n"))) {
      r.next();
      String first = r.cached(0);
      r.next();
      assertThat(r.cached(0)).isSameAs(first);
      r.next();
      assertThat(r.cached(0)).isEqualTo("江苏");
      assertThat(r.chars(1).toString()).isEqualTo("3");
    }
  }

  @Test
  void reports_a_quote_never_closed_with_its_line() {
    assertThatThrownBy(() -> records("a,b\n1,\"open\n2,3\n"))
        .isInstanceOfSatisfying(CsvReader.MalformedCsvException.class, e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void refuses_bytes_that_are_not_utf8() {
    byte[] gbk = "地区,数值\n广东,1\n".getBytes(Charset.forName("GBK"));
    assertThatThrownBy(() -> {
      try (CsvReader r = CsvReader.utf8(new ByteArrayInputStream(gbk))) {
        while (r.next()) {
          r.size();
        }
      }
    }).isInstanceOf(CharacterCodingException.class);
  }
}
