#!/usr/bin/env python3
"""Builds the store's catalogue files (data/regions.csv, data/measures.csv) and copies the raw tidy
statistics the store loads on first run into data/raw/. Run once by the maintainers; the generated
files are committed and are the source of truth from then on (see data/README.md).

usage: tools/make_store_data.py SHARED_DATA_DIR
"""
import csv, os, shutil, sys

src = sys.argv[1]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
data = os.path.join(root, "data")

def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))

def write(path, header, out):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(out)

# --- regions ---------------------------------------------------------------------------------------
provinces = rows(os.path.join(data, "provinces.csv"))
code_of = {p["name_zh"]: p["unit"] for p in provinces}
CITIES = [  # the 15 sub-provincial cities printed in the CNIPA tables: GB/T 2260 code, English name
    ("沈阳", "210100", "Shenyang"), ("大连", "210200", "Dalian"), ("长春", "220100", "Changchun"),
    ("哈尔滨", "230100", "Harbin"), ("南京", "320100", "Nanjing"), ("杭州", "330100", "Hangzhou"),
    ("宁波", "330200", "Ningbo"), ("厦门", "350200", "Xiamen"), ("济南", "370100", "Jinan"),
    ("青岛", "370200", "Qingdao"), ("武汉", "420100", "Wuhan"), ("广州", "440100", "Guangzhou"),
    ("深圳", "440300", "Shenzhen"), ("成都", "510100", "Chengdu"), ("西安", "610100", "Xi'an")]
EXTRA = {"54": "Tibet;Xizang Autonomous Region", "15": "Inner Mongolia Autonomous Region",
         "81": "HK;HKSAR;香港特区", "82": "Macau;MO;澳门特区", "71": "台湾地区"}
tables = rows(os.path.join(src, "statistics/cnipa_2024_annual_report_tables.csv"))
parent_of_city = {r["region_zh"]: r["parent_province_zh"] for r in tables if r["region_type"] == "city"}
assert set(parent_of_city) == {c[0] for c in CITIES}, sorted(parent_of_city)

header = ["code", "name_zh", "full_name_zh", "name_en", "type", "parent", "area", "area_zh", "strategic_region", "aliases"]
out = [["CN", "全国", "中华人民共和国", "China", "nation", "", "", "", "", "中国;PRC;100000"]]
for p in provinces:
    out.append([p["unit"], p["name_zh"], p["full_name_zh"], p["name_en"], "province", "CN", p["area"], p["area_zh"],
                p["strategic_region"], EXTRA.get(p["unit"], "")])
for code, zh, full, en in [("71", "台湾", "台湾省", "Taiwan"), ("81", "香港", "香港特别行政区", "Hong Kong"),
                           ("82", "澳门", "澳门特别行政区", "Macao")]:
    out.append([code, zh, full, en, "hk_mo_tw", "CN", "", "", "", EXTRA.get(code, "")])
for zh, code, en in CITIES:
    out.append([code, zh, zh + "市", en, "city", code_of[parent_of_city[zh]], "", "", "", code[:4]])
out.append(["XJBT", "新疆生产建设兵团", "新疆生产建设兵团", "Xinjiang Production and Construction Corps", "corps", "65",
            "", "", "", "兵团;XPCC"])
write(os.path.join(data, "regions.csv"), header, out)

# --- measures --------------------------------------------------------------------------------------
CNIPA = "国家知识产权局 (CNIPA)"
NBS = "国家统计局 (NBS)"
IP_TYPES = [("total", "", "", ""), ("invention", "_invention", "发明", "invention "),
            ("utility_model", "_utility_model", "实用新型", "utility-model "), ("design", "_design", "外观设计", "design ")]
measures = []
for m, pre, zh, en, kind in [("patent_applications", "", "专利申请量", "patent applications", "flow"),
                             ("patent_grants", "", "专利授权量", "patent grants", "flow"),
                             ("valid_patents", "有效", "专利量", "patents, valid at year end", "stock")]:
    for _, suffix, tzh, ten in IP_TYPES:
        measures.append([m + suffix, pre + tzh + zh, "Domestic " + ten + en, "件", kind, CNIPA, ""])
measures += [
    ["trademark_applications", "商标申请量", "Trademark applications", "件", "flow", CNIPA, ""],
    ["trademark_registrations", "商标注册量", "Trademark registrations", "件", "flow", CNIPA, ""],
    ["valid_trademark_registrations", "有效商标注册量", "Valid trademark registrations (year end)", "件", "stock", CNIPA, ""],
    ["gi_products_cumulative", "地理标志产品累计批准量", "Approved geographical-indication products, cumulative", "件", "stock", CNIPA, ""],
    ["gi_trademarks_cumulative", "以地理标志注册的集体商标、证明商标累计注册量",
     "Geographical indications registered as collective or certification marks, cumulative", "件", "stock", CNIPA, ""],
    ["ic_layout_applications", "集成电路布图设计登记申请量", "IC layout-design registration applications", "件", "flow", CNIPA, ""],
    ["ic_layout_certificates", "集成电路布图设计登记发证量", "IC layout-design registration certificates issued", "件", "flow", CNIPA, ""],
    ["tech_market_turnover", "技术市场成交额", "Technology market turnover", "亿元", "flow", NBS, "NBS provincial series"],
    ["population_year_end", "年末常住人口", "Resident population at year end", "万人", "stock", NBS, "national total includes active military"],
    ["gdp", "地区生产总值", "Gross domestic (regional) product", "亿元", "flow", NBS,
     "vintage revised after the 5th economic census (Dec 2024)"],
]
# Indicator values printed or derived in the bundled indicator files, so that releases of the
# official frameworks can be evaluated from the store.
def indicator_kind(name_zh, unit, kind):
    if kind == "intensity" or unit in ("%", "月", "分") or name_zh.startswith("每"):
        return "ratio"
    if any(w in name_zh for w in ("拥有量", "有效", "累计", "数量", "种类")):
        return "stock"
    return "flow"
frameworks = {r["code"]: r for f in ("regional", "national") for r in rows(os.path.join(root, "frameworks", f + ".csv"))}
seen = set()
for f in ("regional", "national"):
    for r in rows(os.path.join(data, f + "-indicators.csv")):
        code = r["indicator"]
        if code in seen:
            continue
        seen.add(code)
        fw = frameworks[code]
        unit = r["unit_of_measure"] or fw["unit"]
        agency = CNIPA if f == "regional" else "知识产权强国建设工作部际联席会议办公室; 国家知识产权局"
        if fw["kind"] == "intensity" and f == "regional":
            agency = "ipindex, from CNIPA and NBS figures"
        measures.append([code, fw["name_zh"], fw["name_en"], unit, indicator_kind(fw["name_zh"], unit, fw["kind"]), agency,
                         f"indicator {code} of the {f} framework"])
write(os.path.join(data, "measures.csv"), ["code", "name_zh", "name_en", "unit", "kind", "source_agency", "note"], measures)

# --- raw files loaded on first run -----------------------------------------------------------------
raw = os.path.join(data, "raw")
os.makedirs(raw, exist_ok=True)
for f in ["statistics/cnipa_2024_annual_report_tables.csv", "history/province_patents_nbs_2011_2024.csv",
          "denominators/province_denominators.csv"]:
    shutil.copyfile(os.path.join(src, f), os.path.join(raw, os.path.basename(f)))
