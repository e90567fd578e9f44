package org.ipindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ipindex.core.model.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerPropertiesTest {
  @TempDir
  Path dir;

  @Test
  void reads_users_with_tokens_or_their_digests_and_the_request_limit() throws Exception {
    Path file = Files.writeString(dir.resolve("server.properties"), """
        # who may write
        user.alice = admin, 0123456789abcdef0123456789abcdef
        user.bob   = Analyst, sha256:%s   # bob's token is kept as its digest
        user.vic = viewer, abcdefghijklmnopqrstuvwxyz
        max-request-size = 5MB
        """.formatted(Access.sha256("bob-secret-token-0123456789")));
    WebSettings s = ServerProperties.read(file, WebSettings.local(8080));
    assertThat(s.maxRequestBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(s.access().users()).extracting(User::name).containsExactly("alice", "bob", "vic");
    assertThat(s.access().user("bob-secret-token-0123456789")).contains(new User("bob", Role.ANALYST));
    assertThat(s.access().user("0123456789abcdef0123456789abcdef")).contains(new User("alice", Role.ADMIN));
    assertThat(s.access().user("0123456789abcdef0123456789abcdeX")).isEmpty();
    assertThat(Role.ADMIN.covers(Role.ANALYST)).isTrue();
    assertThat(Role.VIEWER.covers(Role.ANALYST)).isFalse();
  }

  @Test
  void lists_every_problem_with_its_line_and_a_fix() throws Exception {
    Path file = Files.writeString(dir.resolve("server.properties"), """
        user.alice = owner, 0123456789abcdef0123456789abcdef
        user.bob = analyst, short
        user.carol analyst
        max-request-size = lots
        port = 80
        user.dan = viewer, sha256:xyz
        """);
    assertThatThrownBy(() -> ServerProperties.read(file, WebSettings.local(0)))
        .isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).problems()).hasSize(6))
        .hasMessageContaining("server.properties, line 1, user.alice: unknown role 'owner'; use viewer, analyst or admin")
        .hasMessageContaining("line 2, user.bob: the token has 5 characters; use at least 24")
        .hasMessageContaining("line 3: 'user.carol analyst' is not a setting; write KEY = VALUE")
        .hasMessageContaining("line 4, max-request-size: 'lots' is not a size")
        .hasMessageContaining("line 5: unknown setting 'port'")
        .hasMessageContaining("line 6, user.dan: sha256: needs the 64 hex digits");
    assertThatThrownBy(() -> ServerProperties.read(dir.resolve("missing.properties"), WebSettings.local(0)))
        .isInstanceOf(DataException.class).hasMessageContaining("server configuration not found");
  }
}
