#!/usr/bin/env python3
"""Builds the bundled indicator files in data/ from the checked extracts of the official documents
(CNIPA annual report 2024 statistical tables; NBS population and GDP; the 2024 development report's
national statistics). Run once by the maintainers; the generated files are committed, with their
sources in data/README.md.

usage: tools/make_bundled_data.py SHARED_DATA_DIR
"""
import csv, sys, os, collections

src = sys.argv[1]

def rows(path):
    with open(os.path.join(src, path), encoding="utf-8") as f:
        return list(csv.DictReader(f))

provinces = rows("regions/provinces.csv")
code_of = {p["name_zh"]: p["code"] for p in provinces}

# --- regional: what the CNIPA tables and NBS denominators give ------------------------------------
cnipa = collections.defaultdict(dict)  # (measure, ip_type) -> {(code, year): value}
for r in rows("statistics/cnipa_2024_annual_report_tables.csv"):
    if r["region_type"] != "province" or r["section"] not in ("domestic", "all"):
        continue
    key = (r["measure"], r["ip_type"] or "total")
    cnipa[key][(r["province_code"], int(r["year"]))] = float(r["value"])
den = collections.defaultdict(dict)
for r in rows("denominators/province_denominators.csv"):
    if r["province"] in code_of:
        den[r["measure"]][(code_of[r["province"]], int(r["year"]))] = float(r["value"])

T = "CNIPA 2024 annual report, appendix 1 table %d"
NBS_POP = "NBS year-end resident population (万人)"
NBS_GDP = "NBS GDP (亿元, revised after the 5th economic census)"
spec = [  # indicator, measure key, table, denominator, factor, unit, note
    ("R18", ("valid_patents", "invention"), 5, None, 1, "件", "domestic valid invention patents at year end"),
    ("R19", ("valid_patents", "invention"), 5, "population_year_end", 1, "件/万人", "per 10,000 people: valid invention patents / year-end population in 万人"),
    ("R24", ("valid_trademark_registrations", "total"), 7, None, 1, "件", "valid trademark registrations at year end"),
    ("R36", ("gi_trademarks_cumulative", "total"), 10, None, 1, "件", "cumulative GI collective and certification marks"),
    ("R37", ("gi_trademarks_cumulative", "total"), 10, "gdp", 100, "件/百亿元", "per CNY 10 bn of GDP: count / (GDP in 亿元 / 100)"),
    ("R38", ("gi_products_cumulative", "total"), 9, None, 1, "件", "cumulative approved GI products"),
    ("R39", ("gi_products_cumulative", "total"), 9, "gdp", 100, "件/百亿元", "per CNY 10 bn of GDP"),
    ("R40", ("ic_layout_certificates", "total"), 12, None, 1, "件", "IC layout-design certificates issued in the year"),
    ("R41", ("ic_layout_certificates", "total"), 12, "gdp", 100, "件/百亿元", "per CNY 10 bn of GDP"),
]
out = []
for code, key, table, d, factor, unit, note in spec:
    values = cnipa.get(key, {})
    if not values:
        sys.exit(f"no CNIPA values for {key}")
    for (prov, year), v in sorted(values.items()):
        source = T % table
        if d:
            dv = den[d].get((prov, year))
            if dv is None:
                continue
            v = v / dv * factor
            source += "; " + (NBS_POP if d == "population_year_end" else NBS_GDP)
        out.append([prov, code, year, repr(v) if isinstance(v, float) and v != int(v) else int(v), unit, source, note])
with open("data/regional-indicators.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["unit", "indicator", "year", "value", "unit_of_measure", "source", "note"])
    w.writerows(out)

# --- national: indicator values quoted in the documents, where the mapping is exact ---------------
nat = []
for r in rows("statistics/national_statistics_2023.csv"):
    if r["mapping"] != "exact" or not r["indicator_code"] or r["qualifier"]:
        continue
    v = r["value_in_base_unit"] or r["value"]
    nat.append(["CN", r["indicator_code"], r["year"], v, r["base_unit"] or r["unit"],
                f"seed {r['source_doc']} ({r['source_location']})", r["description_en"]])
with open("data/national-indicators.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["unit", "indicator", "year", "value", "unit_of_measure", "source", "note"])
    w.writerows(sorted(nat, key=lambda x: (x[1], x[2])))

# --- provinces with their groupings ---------------------------------------------------------------
with open("data/provinces.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["unit", "name_zh", "full_name_zh", "name_en", "area", "area_zh", "strategic_region"])
    names = {"in_jingjinji": "京津冀", "in_yangtze_economic_belt": "长江经济带", "in_yangtze_delta": "长三角",
             "in_greater_bay_area": "粤港澳大湾区", "in_yellow_river_basin": "黄河流域"}
    for p in provinces:
        regions = ";".join(v for k, v in names.items() if p[k] == "1")
        w.writerow([p["code"], p["name_zh"], p["full_name_zh"], p["name_en"], p["area"], p["area_zh"], regions])
print(len(out), "regional rows;", len(nat), "national rows")
