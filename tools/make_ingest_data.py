#!/usr/bin/env python3
"""Builds the files ingest ships in data/ from the checked extracts of the official documents:
data/region-aliases.csv (the regions statistics are given for, with their spellings and hierarchy) and
data/statistics.csv (the CNIPA 2024 annual report's statistical tables 1-12 without the country rows,
and the NBS denominators, as measures of frameworks/measures.csv). Run once by the maintainers; the
generated files are committed and are the source of truth since. frameworks/measures.csv and
frameworks/*.derived.csv are written by hand.

usage: tools/make_ingest_data.py SHARED_DATA_DIR
"""
import csv, os, sys

src = sys.argv[1]


def rows(path):
    with open(os.path.join(src, path), encoding="utf-8") as f:
        return list(csv.DictReader(f))


# --- regions ------------------------------------------------------------------------------------------
EXTRA = {"15": "Nei Mongol;Inner Mongolia Autonomous Region", "54": "Xizang;Tibet",
         "45": "Guangxi Zhuang Autonomous Region", "64": "Ningxia Hui Autonomous Region",
         "65": "Xinjiang Uygur Autonomous Region"}
CITIES = [("210100", "21", "沈阳", "Shenyang"), ("210200", "21", "大连", "Dalian"), ("220100", "22", "长春", "Changchun"),
          ("230100", "23", "哈尔滨", "Harbin"), ("320100", "32", "南京", "Nanjing"), ("330100", "33", "杭州", "Hangzhou"),
          ("330200", "33", "宁波", "Ningbo"), ("350200", "35", "厦门", "Xiamen"), ("370100", "37", "济南", "Jinan"),
          ("370200", "37", "青岛", "Qingdao"), ("420100", "42", "武汉", "Wuhan"), ("440100", "44", "广州", "Guangzhou"),
          ("440300", "44", "深圳", "Shenzhen"), ("510100", "51", "成都", "Chengdu"), ("610100", "61", "西安", "Xi'an")]
regions = [["ALL", "world", "", "no", "合计", "", "All applicants (domestic and foreign)", "总计;all"],
           ["CN", "nation", "ALL", "required", "全国", "中华人民共和国", "China", "国内总计;国内;中国;national"]]
for p in rows("regions/provinces.csv"):
    regions.append([p["code"], "province", "CN", "required", p["name_zh"], p["full_name_zh"], p["name_en"],
                    EXTRA.get(p["code"], "")])
regions += [["71", "special", "CN", "optional", "台湾", "台湾省", "Taiwan", "中国台湾"],
            ["81", "special", "CN", "optional", "香港", "香港特别行政区", "Hong Kong", "中国香港;Hong Kong SAR"],
            ["82", "special", "CN", "optional", "澳门", "澳门特别行政区", "Macao", "中国澳门;Macau;Macao SAR"]]
regions += [[code, "city", parent, "no", zh, zh + "市", en, ""] for code, parent, zh, en in CITIES]
regions += [["XPCC", "corps", "65", "no", "新疆生产建设兵团", "新疆生产建设兵团", "Xinjiang Production and Construction Corps", "兵团"],
            ["FOREIGN", "foreign", "ALL", "required", "国外在华总计", "", "Foreign applicants in China (total)",
             "国外在华;国外;foreign"]]
with open("data/region-aliases.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["code", "type", "parent", "in_parent_sum", "name_zh", "full_name_zh", "name_en", "aliases"])
    w.writerows(regions)

# --- statistics -----------------------------------------------------------------------------------------
code_of = {r[4]: r[0] for r in regions}
code_of.update({"国内总计": "CN", "全国": "CN", "国外在华总计": "FOREIGN", "合计": "ALL"})
with open("frameworks/measures.csv", encoding="utf-8") as f:
    measures = [m["code"] for m in csv.DictReader(f)]
order_of_measure = {m: i for i, m in enumerate(measures)}
order_of_region = {r[0]: i for i, r in enumerate(regions)}
out = []
for r in rows("statistics/cnipa_2024_annual_report_tables.csv"):
    if r["region_type"] == "country":
        continue
    m = r["measure"] + ("" if r["ip_type"] in ("", "total") else "[" + r["ip_type"] + "]")
    assert m in order_of_measure, m
    out.append((code_of[r["region_zh"]], m, int(r["year"]), r["value"], r["unit"],
                "CNIPA 2024 annual report, appendix 1 table %s" % r["table_no"]))
NBS = {"population_year_end": "NBS year-end resident population", "gdp": "NBS GDP (revised after the 5th economic census)",
       "employed_urban_units": "NBS employed persons in urban units", "enterprise_legal_units": "NBS enterprise legal units",
       "goods_exports": "GACC goods exports (yuan)", "services_trade_total": "MOFCOM services trade"}
for r in rows("denominators/province_denominators.csv"):
    if r["measure"] in NBS:
        out.append((code_of[r["province"]], r["measure"], int(r["year"]), r["value"], r["unit"], NBS[r["measure"]]))
out.sort(key=lambda x: (order_of_measure[x[1]], x[2], order_of_region[x[0]]))
assert len({(x[0], x[1], x[2]) for x in out}) == len(out)
with open("data/statistics.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["region", "measure", "year", "value", "unit", "source"])
    w.writerows(out)
print(len(regions), "regions;", len(out), "statistics rows")
