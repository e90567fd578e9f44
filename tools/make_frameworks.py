#!/usr/bin/env python3
"""Builds frameworks/national.csv and frameworks/regional.csv from the checked extracts of the
2024 development report (appendix tables 1 and 2). Run once by the maintainers; the generated files
are committed and are the source of truth from then on (edit them, not this script's output).

usage: tools/make_frameworks.py DIR_WITH_national_framework.csv_AND_regional_framework.csv
"""
import csv, sys, os

src = sys.argv[1]
HEADER = ["code", "parent", "level", "name_zh", "name_en", "unit", "direction", "weight", "kind", "note"]

def rows(name):
    with open(os.path.join(src, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))

def write(path, out):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(out)

def unit(r):
    return r["unit_zh"]

# National: index -> 6 dimensions -> 80 indicators
nat = rows("national_framework.csv")
out = [["NI", "", 3, "知识产权强国建设指数", "IP powerhouse construction index", "分", 1, "", "",
        "2021 = 100 (base_year_index); weights: every indicator equal (leaf_count), reproducing the published 125.5"]]
dims = []
for r in nat:
    if r["dimension_zh"] not in [d[0] for d in dims]:
        dims.append((r["dimension_zh"], r["dimension_en"]))
for i, (zh, en) in enumerate(dims, 1):
    out.append([f"ND{i}", "NI", 2, zh + "指数" if not zh.endswith("指数") else zh, en, "分", 1, "", "", ""])
for r in nat:
    d = [x[0] for x in dims].index(r["dimension_zh"]) + 1
    out.append([r["code"], f"ND{d}", 1, r["name_zh"], r["name_en"], unit(r),
                1 if r["polarity"] == "positive" else -1, "", "", r["notes"]])
write("frameworks/national.csv", out)

# Regional: index -> 3 pillars -> 9 sub-pillars -> 82 indicators
reg = rows("regional_framework.csv")
pillar_weights = {1: 0.25, 2: 0.5, 3: 0.25}
out = [["RI", "", 4, "地区知识产权发展指数", "Regional IP development index", "分", 1, "", "",
        "efficacy scores 60-100 with pooled bounds; pillar weights 0.25/0.50/0.25 reproduce the published averages"]]
pillars, subs = [], []
for r in reg:
    if r["pillar_zh"] not in [p[0] for p in pillars]:
        pillars.append((r["pillar_zh"], r["pillar_en"]))
    if r["subpillar_zh"] not in [s[0] for s in subs]:
        subs.append((r["subpillar_zh"], r["subpillar_en"], r["pillar_zh"]))
for i, (zh, en) in enumerate(pillars, 1):
    out.append([f"RP{i}", "RI", 3, zh, en, "分", 1, pillar_weights[i], "", ""])
for i, (zh, en, p) in enumerate(subs, 1):
    pi = [x[0] for x in pillars].index(p) + 1
    out.append([f"RS{i}", f"RP{pi}", 2, zh, en, "分", 1, "", "", ""])
for r in reg:
    si = [x[0] for x in subs].index(r["subpillar_zh"]) + 1
    name_zh, name_en, u = r["name_zh"], r["name_en"], unit(r)
    note = r["notes"]
    if not name_zh:
        name_zh, name_en, u = "执业专利代理师数量（推断）", "Practising patent attorneys (inferred)", "人"
        # the extract's note already states the inference and that it is not printed in the source
    out.append([r["code"], f"RS{si}", 1, name_zh, name_en, u,
                1 if r["polarity"] == "positive" else -1, "", r["kind"], note])
write("frameworks/regional.csv", out)
