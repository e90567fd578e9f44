-- Plan target sets (targets/README.md): the bundled sets and any set saved later. A set is never
-- changed in place: saving it again (replace) adds a new version, and reads use the newest version.
-- Instants are microseconds since 1970-01-01T00:00:00Z, as in V2.

create table target_set (
  name            varchar not null,
  version         integer not null check (version >= 1),
  description     varchar,
  who             varchar not null,
  file_name       varchar,
  sha256          varchar,
  source_document varchar,
  loaded_at       bigint not null,
  target_count    integer not null,
  primary key (name, version)
);

-- One row per target, in the set's order (position 1, 2, …). NULL numbers are "not given" (NaN).
create table target (
  set_name       varchar not null,
  version        integer not null,
  position       integer not null,
  indicator_code varchar not null,
  name_zh        varchar not null,
  name_en        varchar not null,
  unit_zh        varchar not null,
  unit_en        varchar not null,
  direction      integer not null check (direction in (1, -1)),
  comparison     varchar not null check (comparison in ('reach', 'about', 'stable_at', 'above', 'completed')),
  baseline_year  integer not null,
  baseline_value float8,
  target_year    integer not null,
  target_value   float8,
  ceiling        float8,
  source         varchar not null,
  note           varchar not null,
  framework_code varchar not null,
  primary key (set_name, version, position),
  foreign key (set_name, version) references target_set (name, version)
);

-- Baselines printed by other documents (AlternativeBaseline), in order.
create table target_alt_baseline (
  set_name varchar not null,
  version  integer not null,
  position integer not null,
  alt      integer not null,
  value    float8 not null,
  source   varchar not null,
  primary key (set_name, version, position, alt)
);
