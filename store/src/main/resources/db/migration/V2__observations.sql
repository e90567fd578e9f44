-- Observations are append-only: a value is never updated; a change is a new revision with a reason.
-- Instants are microseconds since 1970-01-01T00:00:00Z (exact, and the same on both databases).

create sequence batch_id start 1;

-- One import (kind 'import') or one explicit revise (kind 'revise') of stored values.
create table batch (
  id              bigint primary key,
  kind            varchar not null check (kind in ('import', 'revise')),
  who             varchar not null,
  recorded_at     bigint not null,
  file_name       varchar,
  sha256          varchar,
  source_document varchar,
  reason          varchar,
  row_count       bigint not null,
  new_count       bigint not null,
  changed_count   bigint not null,
  unchanged_count bigint not null
);

-- No primary key here: on DuckDB an index costs more than the whole import (about 4 s per million
-- appended rows), so the store's single writer keeps (measure, region, year, revision) unique; on
-- PostgreSQL V4 adds the unique index as well.
create table observation (
  measure     varchar not null,
  region      varchar not null,
  year        integer not null,
  revision    integer not null check (revision >= 1),
  value       float8 not null,
  unit        varchar,
  note        varchar,
  batch_id    bigint not null,
  recorded_at bigint not null,
  reason      varchar,
  check (revision = 1 or reason is not null)
);

-- The last instant handed out (to a batch or a release): instants only grow, even if the system
-- clock steps back, so "as of" a release never sees a batch recorded after it.
create table store_clock (
  id           integer primary key check (id = 1),
  last_instant bigint not null
);
insert into store_clock values (1, 0);
