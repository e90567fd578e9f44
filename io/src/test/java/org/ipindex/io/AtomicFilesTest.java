package org.ipindex.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void a_failing_writer_leaves_the_old_file_and_no_temporary_file() throws Exception {
    Path target = dir.resolve("results.csv");
    Files.writeString(target, "old content\n");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half of the new ".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");

    assertThat(Files.readString(target)).isEqualTo("old content\n");
    assertThat(files()).containsExactly("results.csv");
  }

  @Test
  void a_runtime_failure_midway_also_leaves_no_trace() throws Exception {
    Path target = dir.resolve("new.json");

    assertThatThrownBy(() -> AtomicFiles.writeText(target, out -> {
      out.write("{\"rows\": [");
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(files()).isEmpty();
  }

  @Test
  void replaces_the_old_file_with_the_complete_new_one() throws Exception {
    Path target = dir.resolve("recipe.yaml");
    Files.writeString(target, "old");

    AtomicFiles.writeString(target, "名称: new\n");

    assertThat(Files.readString(target)).isEqualTo("名称: new\n");
    assertThat(files()).containsExactly("recipe.yaml");
  }

  @Test
  void writes_to_a_relative_path() throws Exception {
    Path target = dir.resolve("sub").resolve("out.txt");
    Files.createDirectories(target.getParent());

    AtomicFiles.writeString(Path.of("").toAbsolutePath().relativize(target), "x");

    assertThat(Files.readString(target)).isEqualTo("x");
  }

  private java.util.List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
