package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.Weights;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.ProblemCode;

/** Compiles uncertain inputs against a recipe, a framework and the nominal weights. */
final class Factors {
  private Factors() {}

  static Factor compile(UncertainInput input, Recipe recipe, Framework framework, Weights nominalWeights) {
    String where = "uncertain input '%s'".formatted(input.name());
    if (input instanceof StepAlternatives a) {
      return alternatives(a, a.step().indexIn(recipe, where));
    } else if (input instanceof ParameterValues v) {
      return values(v, v.step().indexIn(recipe, where));
    } else if (input instanceof ParameterRange r) {
      return range(r, r.step().indexIn(recipe, where));
    } else if (input instanceof WeightNoise n) {
      return noise(n, framework, nominalWeights, where);
    } else if (input instanceof WeightSets s) {
      return sets(s, framework, where);
    }
    return exclusion((IndicatorExclusion) input, framework, where);
  }

  private static Factor alternatives(StepAlternatives a, int index) {
    return discrete(a, a.alternatives().size(), k -> new Factor.Choice(a.labels().get(k), Factor.STEP,
        d -> d.replaceStep(index, a.alternatives().get(k))));
  }

  private static Factor values(ParameterValues v, int index) {
    return discrete(v, v.values().size(), k -> new Factor.Choice(String.valueOf(v.values().get(k)), Factor.PARAMETER,
        d -> d.setParameter(index, v.parameter(), v.values().get(k))));
  }

  private static Factor range(ParameterRange r, int index) {
    return new Simple(r, 1, (point, offset) -> {
      Object value = r.value(point[offset]);
      String label = value instanceof Double x ? String.format(Locale.ROOT, "%.6g", x) : String.valueOf(value);
      return new Factor.Choice(label, Factor.PARAMETER, d -> d.setParameter(index, r.parameter(), value));
    });
  }

  private static Factor noise(WeightNoise n, Framework framework, Weights nominal, String where) {
    Set<String> codes = new LinkedHashSet<>();
    for (Node node : framework.nodes()) {
      if (node != framework.root() && n.levels().contains(framework.level(node.code()))) {
        codes.add(node.code());
      }
    }
    for (String code : n.nodes()) {
      if (!framework.contains(code) || framework.root().code().equals(code)) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, where, ("'%s' is not a node with a weight in framework '%s'; "
            + "name groups or indicators below the index").formatted(code, framework.name()));
      }
      codes.add(code);
    }
    if (codes.isEmpty()) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, where,
          "no node is at levels %s; the framework's levels run from 1 (indicators) to %d (the index)"
          .formatted(n.levels(), framework.level(framework.root().code())));
    }
    List<String> perturbed = List.copyOf(codes);
    Set<String> groups = new LinkedHashSet<>();
    perturbed.forEach(c -> groups.add(framework.node(c).parentCode()));
    return new Simple(n, perturbed.size(), (point, offset) -> {
      Map<String, Double> factor = new LinkedHashMap<>();
      StringBuilder label = new StringBuilder();
      for (int j = 0; j < perturbed.size(); j++) {
        double u = point[offset + j];
        double f = 1 + n.noise() * (2 * u - 1);
        factor.put(perturbed.get(j), f);
        label.append(j == 0 ? "" : " ").append(perturbed.get(j)).append('×')
            .append(String.format(Locale.ROOT, "%.4f", f));
      }
      return new Factor.Choice(label.toString(), Factor.WEIGHTS, d -> {
        for (String g : groups) {
          Map<String, Double> w = new LinkedHashMap<>();
          for (Node kid : framework.children(g)) {
            w.put(kid.code(), nominal.of(kid.code()) * factor.getOrDefault(kid.code(), 1.0));
          }
          d.weighGroup(g, w);
        }
      });
    });
  }

  private static Factor sets(WeightSets s, Framework framework, String where) {
    List<Map<String, Map<String, Double>>> byGroup = new ArrayList<>();
    for (int k = 0; k < s.sets().size(); k++) {
      Map<String, Double> set = s.sets().get(k);
      Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
      for (String code : set.keySet()) {
        if (!framework.contains(code)) {
          throw DataException.of(ProblemCode.BAD_PARAMETER, where + " set " + s.labels().get(k),
              "'%s' is not a node of framework '%s'; check the codes of the weight set"
                  .formatted(code, framework.name()));
        }
      }
      for (Node g : framework.groupsBottomUp()) {
        List<Node> kids = framework.children(g.code());
        List<Node> named = kids.stream().filter(c -> set.containsKey(c.code())).toList();
        if (named.isEmpty()) {
          continue;
        }
        if (named.size() < kids.size()) {
          throw DataException.of(ProblemCode.BAD_PARAMETER, where + " set " + s.labels().get(k),
              "the set weighs %s but not %s, children of '%s' too; give every child of a group a weight or none"
                  .formatted(named.stream().map(Node::code).toList(),
                      kids.stream().filter(c -> !set.containsKey(c.code())).map(Node::code).toList(), g.code()));
        }
        Map<String, Double> w = new LinkedHashMap<>();
        kids.forEach(c -> w.put(c.code(), set.get(c.code())));
        groups.put(g.code(), w);
      }
      byGroup.add(groups);
    }
    return discrete(s, s.sets().size(), k -> new Factor.Choice(s.labels().get(k), Factor.WEIGHTS,
        d -> byGroup.get(k).forEach(d::weighGroup)));
  }

  private static Factor exclusion(IndicatorExclusion e, Framework framework, String where) {
    for (String code : e.indicators()) {
      try {
        Frameworks.without(framework, Set.of(code));
      } catch (DataException x) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, where, x.problems().get(0).message());
      }
    }
    return discrete(e, e.indicators().size() + 1, k -> k == 0
        ? new Factor.Choice(IndicatorExclusion.NONE, Factor.EXCLUSION, d -> { })
        : new Factor.Choice(e.indicators().get(k - 1), Factor.EXCLUSION, d -> d.exclude(e.indicators().get(k - 1))));
  }

  private static Factor discrete(UncertainInput input, int options,
      java.util.function.IntFunction<Factor.Choice> choice) {
    List<Factor.Choice> all = new ArrayList<>();
    for (int k = 0; k < options; k++) {
      all.add(choice.apply(k));
    }
    return new Simple(input, 1, (point, offset) -> all.get(Factor.option(point[offset], options)));
  }

  /** A factor from a choosing function. */
  private record Simple(UncertainInput input, int dimensions, Chooser chooser) implements Factor {
    @Override
    public Choice choose(double[] point, int offset) {
      return chooser.choose(point, offset);
    }
  }

  @FunctionalInterface
  private interface Chooser {
    Factor.Choice choose(double[] point, int offset);
  }
}
