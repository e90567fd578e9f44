-- The catalogue: raw statistics (measures), regions with their parents, groupings and aliases.
-- One set of migrations for DuckDB and PostgreSQL: only SQL both understand.

create table measure (
  code          varchar primary key,
  name_zh       varchar not null,
  name_en       varchar not null,
  unit          varchar not null,
  -- stock (level at year end), flow (during the year), or ratio (rates, shares, per-capita and
  -- per-GDP values, durations, scores: indicator values that are neither)
  kind          varchar not null check (kind in ('stock', 'flow', 'ratio')),
  source_agency varchar not null,
  note          varchar
);

-- code: GB/T 2260 two-digit prefix for provinces and 台湾 71 / 香港 81 / 澳门 82, six digits for
-- sub-provincial cities (440300 深圳), CN for the nation, XJBT for the Xinjiang Production and
-- Construction Corps (which has no GB/T 2260 code of its own).
create table region (
  code         varchar primary key,
  name_zh      varchar not null,
  full_name_zh varchar not null,
  name_en      varchar not null,
  type         varchar not null check (type in ('nation', 'province', 'hk_mo_tw', 'city', 'corps')),
  parent       varchar,
  sort_order   integer not null
);

-- Any spelling of a region, lower-cased: 广东, 广东省, guangdong, 44, 440000 → 44.
create table region_alias (
  alias  varchar primary key,
  region varchar not null
);

-- grouping: 'area' (东部, 中部, 西部, 东北) or 'strategic_region' (the five strategic regions).
create table grouping_member (
  grouping    varchar not null,
  label_zh    varchar not null,
  label_en    varchar not null,
  region      varchar not null,
  label_order integer not null,
  primary key (grouping, label_zh, region)
);
