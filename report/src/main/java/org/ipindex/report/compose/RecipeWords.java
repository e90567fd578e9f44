package org.ipindex.report.compose;

import java.util.Map;
import java.util.TreeMap;
import org.ipindex.core.build.Params;
import org.ipindex.core.build.StepSpec;

/**
 * A recipe step in words, Chinese or English, for the appendix on the method: the official steps
 * (carry-forward, efficacy scores, base-year index, equal / framework / leaf-count weights,
 * arithmetic aggregation) in full sentences; any other method named with its parameters.
 */
final class RecipeWords {
  private RecipeWords() {}

  static String describe(StepSpec step, Words w) {
    Params p = step.params();
    String method = p.string("method", "");
    String text = switch (step.verb()) {
      case "impute" -> impute(method, p, w);
      case "normalise" -> normalise(method, p, w);
      case "weight" -> weight(method, p, w);
      case "aggregate" -> aggregate(method, p, w);
      default -> null;
    };
    return text != null ? text : generic(step, w);
  }

  private static String impute(String method, Params p, Words w) {
    return switch (method) {
      case "carry_forward" -> {
        int years = p.integer("max_years", 1);
        yield w.t("缺失当年数据的指标沿用此前最近年份的数据（最多向前" + years + "年），并在结果中标注来源年份。",
            "A value missing in its year takes the latest earlier value (at most " + years
                + (years == 1 ? " year" : " years") + " back), flagged with the year it comes from.");
      }
      case "linear" -> w.t("缺失值按前后年份线性插补，并在结果中标注。",
          "A missing value is interpolated linearly between the years around it, and flagged.");
      case "none" -> w.t("不插补：缺失值保持缺失。", "No imputation: missing values stay missing.");
      default -> null;
    };
  }

  private static String normalise(String method, Params p, Words w) {
    return switch (method) {
      case "efficacy" -> w.t("功效系数法：得分 = 60 + 40 ×（指标值 − 最小值）÷（最大值 − 最小值），越小越好的指标反向计算；"
              + "最小值和最大值取" + boundsZh(p.string("bounds", "per_year")) + "。",
          "Efficacy-coefficient scores: 60 + 40 × (value − minimum) ÷ (maximum − minimum), reversed where "
              + "smaller is better; minimum and maximum taken " + boundsEn(p.string("bounds", "per_year")) + ".");
      case "base_year_index" -> {
        int base = p.integer("base_year", 0);
        yield w.t("基期指数法：以" + base + "年数据为基期（= 100），指标得分 = 100 × 当年值 ÷ 基期值；"
                + "越小越好的指标（如审查周期）得分 = 100 × 基期值 ÷ 当年值。",
            "Base-year index: " + base + " data = 100; score = 100 × value ÷ base-year value, and 100 × "
                + "base-year value ÷ value where smaller is better (e.g. examination periods).");
      }
      case "minmax" -> w.t("极差标准化到[" + Words.plain(p.number("lower", 0)) + ", " + Words.plain(p.number("upper", 100)) + "]。",
          "Min-max scores on [" + Words.plain(p.number("lower", 0)) + ", " + Words.plain(p.number("upper", 100)) + "].");
      default -> null;
    };
  }

  private static String boundsZh(String bounds) {
    if (bounds.startsWith("reference_year:")) {
      return bounds.substring("reference_year:".length()) + "年的值";
    }
    return switch (bounds) {
      case "pooled" -> "面板所有年份的值（各年得分可比，可计算年度变化）";
      case "per_year" -> "各年分别的值";
      default -> "给定值（" + bounds + "）";
    };
  }

  private static String boundsEn(String bounds) {
    if (bounds.startsWith("reference_year:")) {
      return "in " + bounds.substring("reference_year:".length());
    }
    return switch (bounds) {
      case "pooled" -> "over every year of the panel (so scores are comparable across years)";
      case "per_year" -> "year by year";
      default -> "as given (" + bounds + ")";
    };
  }

  private static String weight(String method, Params p, Words w) {
    String base = switch (method) {
      case "equal" -> w.t("同一上级下的指标和分项等权", "Equal weights among siblings");
      case "framework" -> w.t("采用指标体系文件给定的权重", "The weights of the framework file");
      case "leaf_count" -> w.t("每项指标权重相同（各分项的权重与其指标数成正比）",
          "Every indicator weighs the same (a group weighs in proportion to its number of indicators)");
      default -> null;
    };
    if (base == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(base);
    if (p.has("groups")) {
      Map<String, Object> groups = new TreeMap<>(p.nested("groups").values());
      groups.forEach((code, m) -> out.append(w.t("；" + code + "的下级采用“" + m + "”权重",
          "; below " + code + ": '" + m + "' weights")));
    }
    return out.append(w.t("。", ".")).toString();
  }

  private static String aggregate(String method, Params p, Words w) {
    if (!method.equals("arithmetic")) {
      return null;
    }
    return w.t("逐级加权算术平均汇总为分项指数和总指数；缺少数据的下级指标不参与计算，其权重在有数据的同级指标间按比例重新分配。",
        "Weighted arithmetic means, level by level up to the index; a child without data is left out and "
            + "its weight is shared among its siblings with data in proportion.");
  }

  private static String generic(StepSpec step, Words w) {
    return w.t("步骤“" + step.verb() + "”：" + step.params().values(),
        "Step '" + step.verb() + "': " + step.params().values());
  }
}
