#!/usr/bin/env python3
"""Builds the plan-target files in targets/ from the checked extracts of the official documents
(targets/expected_indicators.csv and targets/annual_targets_2024.csv of the shared data set). Run once
by the maintainers; the generated files are committed, with their sources in targets/README.md, and
from then on the files in the repository are the source of truth.

Numbers are copied as printed in the extracts; what this script adds is the target layout: codes,
English units, directions, comparisons, natural limits and the notes that say which baseline is used
and why.

usage: tools/make_targets.py SHARED_DATA_DIR
"""
import csv, os, sys

src = sys.argv[1]

def rows(path):
    with open(os.path.join(src, path), encoding="utf-8") as f:
        return list(csv.DictReader(f))

COLUMNS = ["set", "code", "name_zh", "name_en", "unit_zh", "unit_en", "direction", "comparison",
           "baseline_year", "baseline_value", "target_year", "target_value", "ceiling", "source", "note",
           "alt_baseline_value", "alt_baseline_source", "framework_code"]
OBSERVED = ["indicator", "year", "value", "source"]

# --- the 8 expected indicators to 2025 (000 第一章 表1; 002 indicator table; 004) -------------------
EXPECTED = {  # order_000 -> code, name_en, unit_en, ceiling, framework code, note
    "1": ("patent_intensive_share", "Value added of patent-intensive industries as share of GDP", "%", "100", "N36",
          "Baseline used: 11.97, as printed in 000 表1, the series the observed values come from, so baseline and "
          "observations are measured alike. 002 prints 11.6 with footnote ③, whose text is missing from the "
          "extraction (perhaps another base year or data vintage); kept as the alternative. 2023 printed '—'."),
    "2": ("copyright_share", "Value added of copyright industries as share of GDP", "%", "100", "N37",
          "000 and 002 agree on 7.39 (002 footnote ④ not in the extraction). 2023 printed '—'."),
    "3": ("ip_royalties_trade", "Annual imports and exports of charges for the use of IP", "× 100 million yuan", "",
          "", "Related to N40 (royalties as a share of services trade), not the same quantity. 2024 value from 001."),
    "4": ("high_value_patents_per_10k", "High-value invention patents owned per 10,000 people", "patents", "", "N26",
          "Baseline used: 6.3 (000 表1). 002 prints 6.2, but its own cumulative increase 5.7 = 12 − 6.3, and 000's "
          "text '比2020年提高5.5件' = 11.8 − 6.3; 6.3 is also the value of the observed series. 6.2 is kept as the "
          "alternative."),
    "5": ("overseas_invention_grants", "Invention patents granted abroad to Chinese applicants",
          "× 10,000 grants", "", "",
          "Grants to Chinese applicants by the main foreign offices (000). 000 prints 4.0, 002 prints 4 (the same "
          "value). Related to N27 (per CNY 10 bn of exports). 2023 printed '—'."),
    "6": ("ip_pledge_financing", "Registered IP pledge financing (patents and trademarks)", "× 100 million yuan",
          "", "", "000 footnote 5: patent and trademark pledges. Related to N46 (per CNY 100 mn of GDP)."),
    "7": ("ip_protection_satisfaction", "Public satisfaction with IP protection", "points", "100", "N25",
          "Survey score out of 100 (百分制). 2024 value from 001."),
    "8": ("civil_first_instance_acceptance", "Acceptance rate of first-instance civil IP judgments", "%", "100",
          "N10", "No 2020 value is printed (000 and 002 print '—'), so the baseline is the first observed year, "
                 "2021."),
}

# --- the annual targets of 2024 (003), judged on 2023 values (000) and 2024 values (001) -----------
A = "annual_2024"
ANNUAL = {  # indicator_zh -> code, name_zh, name_en, unit_zh, unit_en, direction, comparison, baseline,
            #                  target, ceiling, framework code, observations {year: (value, source)}, note
    "发明专利平均审查周期": (
        "invention_exam_period", "发明专利平均审查周期", "Average examination period for invention patents", "个月",
        "months", "-1", "about", "16", "15.5", "", "N03",
        {2023: ("16", "000 第二章 一(三)"), 2024: ("15.5", "001 局长致辞; 第四章 一(一)")},
        "003: 压减到15.5个月左右. 001: '实现年度周期目标'; the Plan's goal is 15 months by 2025."),
    "商标注册申请平均审查周期": (
        "trademark_exam_period", "商标注册申请平均审查周期",
        "Average examination period for trademark registration applications", "个月", "months", "-1", "stable_at",
        "4", "4", "", "N04", {2023: ("4", "000 第二章 一(三)"), 2024: ("4", "001 第四章 二(一)")},
        "003: 稳定在4个月."),
    "知识产权质押融资规模增长": (
        "ip_pledge_financing_growth", "知识产权质押融资规模增长（同比）", "Growth of IP pledge financing (year on year)",
        "%", "%", "1", "above", "", "10", "", "", {},
        "003: 增长10%以上 (one sentence for volume and SMEs; split in two rows). 001 states only that the amount "
        "kept growing ('持续增长，远超…预期性指标'), without a figure, so 2024 cannot be assessed. 2023 growth was "
        "75.4% (000), a value of another year, not an observation of the 2024 target."),
    "知识产权质押融资惠及中小企业数量增长": (
        "sme_pledge_beneficiaries_growth", "知识产权质押融资惠及中小企业数量增长（同比）",
        "Growth in SMEs benefiting from IP pledge financing (year on year)", "%", "%", "1", "above", "", "10", "",
        "", {},
        "003: 增长10%以上. Not reported in 001. 2023 (000): 3.7万 enterprises (+1.1万); SMEs via inclusive loans "
        "under CNY 10 mn 2.6万 (+44%)."),
    "全国高校和科研机构未转化有效专利盘点": (
        "unexploited_patent_inventory", "全国高校和科研机构未转化有效专利盘点",
        "Inventory of unexploited valid patents of universities and research institutes", "", "", "1",
        "completed", "0", "1", "", "", {2024: ("1", "001 第五章 一 (完成134.9万件存量专利盘点)")},
        "003: 力争年底前实现盘点全覆盖. Binary: 1 done, 0 not done; baseline 0 because 001 calls the 2024 "
        "inventory the first ever (历史上首次完成)."),
    "国家级知识产权保护中心和快速维权中心": (
        "protection_centres", "国家级知识产权保护中心和快速维权中心", "National IP protection and rapid rights-protection centres",
        "家", "centres", "1", "reach", "112", "", "", "",
        {2023: ("112", "000 第二章 二(三) (全国协同保护机构总数)"), 2024: ("124", "001 局长致辞; 第六章 二 (76 + 48)")},
        "003: 新建一批 (no number), so the trend is assessed. 001 says 13 centres were approved in 2024 "
        "(6 + 7) but 124 − 112 = 12; the documents do not reconcile this."),
    "知识产权保护社会满意度": (
        "ip_protection_satisfaction", "知识产权保护社会满意度", "Public satisfaction with IP protection", "分", "points",
        "1", "reach", "82.04", "", "100", "N25", {},
        "003: 持续保持较高水平 (no number), so the trend is assessed, with the natural limit 100. Observed values "
        "are shared with the expected indicator of the same code."),
    "海外知识产权纠纷应对指导网络": (
        "overseas_dispute_centres", "海外知识产权纠纷应对指导中心（含分中心）", "Overseas IP dispute response guidance centres",
        "家", "centres", "1", "reach", "47", "", "", "N65",
        {2023: ("47", "000 第二章 六(二)"), 2024: ("80", "001 局长致辞; 第六章 五")},
        "003: 完善海外知识产权纠纷应对指导网络 (no number), so the trend is assessed."),
    "地市级综合性知识产权公共服务机构": (
        "prefecture_service_institutions", "地市级综合性知识产权公共服务机构",
        "Prefecture-level comprehensive IP public service institutions", "家", "institutions", "1", "reach", "162",
        "172", "", "", {2023: ("162", "000 第二章 四(一)"), 2024: ("175", "001 第七章 三")},
        "003: 规模达到172家. 162 + 13 new = 175 (001)."),
    "国家级知识产权重要服务网点": (
        "national_service_outlets", "国家级知识产权重要服务网点", "National-level important IP service outlets", "家",
        "outlets", "1", "reach", "423", "460", "", "",
        {2023: ("423", "000 第二章 四(一)"), 2024: ("483", "001 第七章 三")},
        "003: 规模达到460家. The wording differs between documents (003 重要服务网点, 000 公共服务重要网点, "
        "001 国家级知识产权公共服务机构); treated as one series by inference."),
    "国家知识产权保护信息平台": (
        "protection_info_platform", "国家知识产权保护信息平台", "National IP protection information platform", "", "",
        "1", "completed", "0", "1", "", "", {2024: ("1", "001 第七章 五 (完成建设并上线试运行)")},
        "003: 建成国家知识产权保护信息平台. Binary: 1 built, 0 not built."),
    "新建国家知识产权服务业集聚区": (
        "new_service_agglomeration_zones", "新建国家知识产权服务业集聚区",
        "New national IP service-industry agglomeration zones", "家", "zones", "1", "about", "", "10", "", "", {},
        "003: 新建设10家左右. 001 gives no 2024 count of new zones: its 25 are the 10 + 15 zones selected in 2023 "
        "(000), so 2024 cannot be assessed."),
    "新建国家重点产业专利专题数据库": (
        "patent_thematic_databases", "国家重点产业专利专题数据库（累计）",
        "Patent thematic databases for key national industries (cumulative)", "个", "databases", "1", "reach", "18",
        "23", "", "", {2023: ("18", "000 第二章 四(三) (专题数据库达18个)"), 2024: ("28", "001 局长致辞 (累计28个) = 18 + 10 new")},
        "003: 新建…5个 (5 new in 2024), written as a cumulative target: 18 at the end of 2023 + 5 = 23. 001 reports "
        "10 new (the lists differ from 003's), 28 in all."),
}

targets, observed = [], []
for r in rows("targets/expected_indicators.csv"):
    code, name_en, unit_en, ceiling, fw, note = EXPECTED[r["order_000"]]
    source = ("004 纲要 + 002 规划" if r["source_doc"] == "纲要;规划" else "002 规划") + "; as printed in 000 第一章 表1"
    alt_value, alt_source = "", ""
    if r["baseline_differs_000_vs_002"] == "yes":
        alt_value, alt_source = r["plan_002_baseline"], "002 规划 indicator table (2020 baseline column)"
    targets.append({"set": "expected_2025", "code": code, "name_zh": r["indicator_zh"], "name_en": name_en,
                    "unit_zh": r["unit"], "unit_en": unit_en, "direction": "1", "comparison": "reach",
                    "baseline_year": "2020", "baseline_value": r["value_2020"], "target_year": "2025",
                    "target_value": r["target_2025"], "ceiling": ceiling, "source": source, "note": note,
                    "alt_baseline_value": alt_value, "alt_baseline_source": alt_source, "framework_code": fw})
    for year in (2020, 2021, 2022, 2023):
        v = r["value_%d" % year]
        if v:
            observed.append({"indicator": code, "year": year, "value": v, "source": "000 第一章 表1"})
    if r["value_2024_from_001"]:
        where = "001 局长致辞" if code == "ip_royalties_trade" else "001 第六章 四"
        observed.append({"indicator": code, "year": 2024, "value": r["value_2024_from_001"], "source": where})

for r in rows("targets/annual_targets_2024.csv"):
    (code, name_zh, name_en, unit_zh, unit_en, direction, comparison, baseline, target, ceiling, fw, obs,
     note) = ANNUAL[r["indicator_zh"]]
    if target and comparison != "completed" and target != r["target_value"]:
        # the cumulative database target is derived (18 + 5); every other target is as printed
        if code != "patent_thematic_databases":
            sys.exit("target of %s differs from the extract: %s vs %s" % (code, target, r["target_value"]))
    targets.append({"set": A, "code": code, "name_zh": name_zh, "name_en": name_en, "unit_zh": unit_zh,
                    "unit_en": unit_en, "direction": direction, "comparison": comparison, "baseline_year": "2023",
                    "baseline_value": baseline, "target_year": "2024", "target_value": target, "ceiling": ceiling,
                    "source": "003 (2024 annual work guide): " + r["target_text_zh"], "note": note,
                    "alt_baseline_value": "", "alt_baseline_source": "", "framework_code": fw})
    for year, (value, where) in obs.items():
        checked = r["value_2023"] if year == 2023 else r["actual_2024_value"]
        if comparison != "completed" and code != "patent_thematic_databases" and value != checked:
            sys.exit("%s %d: %s differs from the extract's %s" % (code, year, value, checked))
        observed.append({"indicator": code, "year": year, "value": value, "source": where})

def write(path, columns, data):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(data)

os.makedirs("targets", exist_ok=True)
write("targets/expected_indicators_2025.csv", COLUMNS, [t for t in targets if t["set"] == "expected_2025"])
write("targets/annual_2024.csv", COLUMNS, [t for t in targets if t["set"] == A])
write("targets/observed.csv", OBSERVED, observed)
print("wrote %d targets and %d observed values" % (len(targets), len(observed)))
