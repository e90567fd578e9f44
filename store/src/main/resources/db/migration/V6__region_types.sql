-- The annual report's tables also give all applicants (合计: domestic and foreign, code ALL) and the
-- foreign applicants in China (国外在华总计, code FOREIGN): two more kinds of region. Neither DuckDB
-- nor PostgreSQL can alter a check constraint the same way, so the table is copied.
create table region_v6 (
  code         varchar primary key,
  name_zh      varchar not null,
  full_name_zh varchar not null,
  name_en      varchar not null,
  type         varchar not null check (type in ('world', 'nation', 'province', 'hk_mo_tw', 'city', 'corps', 'foreign')),
  parent       varchar,
  sort_order   integer not null
);
insert into region_v6 (code, name_zh, full_name_zh, name_en, type, parent, sort_order)
  select code, name_zh, full_name_zh, name_en, type, parent, sort_order from region;
drop table region;
alter table region_v6 rename to region;
