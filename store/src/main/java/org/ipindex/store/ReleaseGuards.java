package org.ipindex.store;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 4: what only PostgreSQL can enforce in the schema. There, triggers refuse UPDATE and
 * DELETE on observations, batches, releases and release results, and a unique index keeps one row
 * per (measure, region, year, revision). DuckDB has no triggers, and an index would cost more than
 * an import, so on DuckDB the store's code enforces the same (and release content hashes detect
 * changes made behind its back).
 */
final class ReleaseGuards implements JavaMigration {
  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("4");
  }

  @Override
  public String getDescription() {
    return "append-only and immutable-release guards (PostgreSQL)";
  }

  @Override
  public Integer getChecksum() {
    return 4;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("create unique index observation_key on observation (measure, region, year, revision)");
      s.execute("""
          create function ipindex_refuse_change() returns trigger language plpgsql as $$
          begin
            if tg_table_name in ('release', 'release_result') then
              raise exception 'releases are immutable: % on % refused; create a new release under another name',
                tg_op, tg_table_name;
            end if;
            raise exception '% on % refused: observations and batches are append-only; a changed value is a new revision with a reason',
              tg_op, tg_table_name;
          end $$""");
      for (String table : new String[] {"observation", "batch", "release", "release_result"}) {
        s.execute(("create trigger %s_append_only before update or delete or truncate on %s "
            + "for each statement execute function ipindex_refuse_change()").formatted(table, table));
      }
    }
  }
}
