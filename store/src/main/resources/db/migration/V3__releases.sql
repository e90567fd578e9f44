-- Releases: the data as of a moment, the framework and the recipe, and the results, frozen.
-- Nothing here is ever updated or deleted: the code refuses to, release_result rows keep their
-- release from being deleted (foreign key), content_sha256 detects any change made behind the
-- code's back, and on PostgreSQL triggers (V4) refuse UPDATE and DELETE outright.

create table release (
  name            varchar primary key,
  evaluation_year integer not null,
  data_year       integer not null,
  as_of           bigint not null,
  created_at      bigint not null,
  created_by      varchar not null,
  framework_name  varchar not null,
  framework_text  varchar not null,
  recipe_name     varchar not null,
  recipe_text     varchar not null,
  measures        varchar not null,
  regions         varchar not null,
  row_count       integer not null,
  content_sha256  varchar not null
);

-- One result per unit, data year and framework node; NULL where the result is missing (NaN).
create table release_result (
  release     varchar not null references release (name),
  unit        varchar not null,
  year        integer not null,
  code        varchar not null,
  score       float8,
  rank        float8,
  change      float8,
  change_pct  float8,
  coverage    float8,
  primary key (release, unit, year, code)
);
