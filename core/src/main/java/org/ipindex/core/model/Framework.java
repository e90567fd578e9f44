package org.ipindex.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A framework: a tree of any depth from one root (the index) through groups to indicators (leaves).
 *
 * <p>Levels count from the leaves up, as in COINr: every indicator is level 1 and a group is one
 * above its highest child, so the root has the highest level. Node order is the order given, which
 * is kept in every output. Instances are immutable.
 */
public final class Framework {
  private final String name;
  private final List<Node> nodes;
  private final Map<String, Node> byCode;
  private final Map<String, List<Node>> children;
  private final Map<String, Integer> levels;
  private final Node root;
  private final List<Node> indicators;
  private final List<Node> groupsBottomUp;

  private Framework(String name, List<Node> nodes) {
    this.name = name;
    this.nodes = List.copyOf(nodes);
    List<Problem> problems = new ArrayList<>();
    Map<String, Node> codes = new LinkedHashMap<>();
    for (Node n : nodes) {
      if (codes.putIfAbsent(n.code(), n) != null) {
        problems.add(new Problem(ProblemCode.DUPLICATE_CODE, "node " + n.code(),
            "code '%s' appears more than once; give every node its own code".formatted(n.code())));
      }
    }
    Map<String, List<Node>> kids = new HashMap<>();
    List<Node> roots = new ArrayList<>();
    for (Node n : codes.values()) {
      if (n.parentCode() == null || n.parentCode().isEmpty()) {
        roots.add(n);
      } else if (!codes.containsKey(n.parentCode())) {
        problems.add(new Problem(ProblemCode.UNKNOWN_PARENT, "node " + n.code(),
            "parent '%s' of '%s' is not a node of the framework; add it or correct the parent"
                .formatted(n.parentCode(), n.code())));
      } else {
        kids.computeIfAbsent(n.parentCode(), k -> new ArrayList<>()).add(n);
      }
    }
    if (roots.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(ProblemCode.NO_ROOT, "framework " + name,
          "no node without a parent; the index (root) must have an empty parent"));
    } else if (roots.size() > 1) {
      problems.add(new Problem(ProblemCode.SEVERAL_ROOTS, "framework " + name,
          "several nodes have no parent (%s); exactly one root (the index) is allowed"
              .formatted(roots.stream().map(Node::code).limit(10).toList())));
    }
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
    this.byCode = Collections.unmodifiableMap(codes);
    Map<String, List<Node>> frozen = new HashMap<>();
    kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.children = frozen;
    this.root = roots.get(0);
    this.levels = new HashMap<>();
    List<Node> visited = new ArrayList<>();
    computeLevel(root, new ArrayList<>(), visited);
    if (visited.size() != codes.size()) {
      List<String> unreachable = codes.keySet().stream().filter(c -> !levels.containsKey(c)).toList();
      throw DataException.of(ProblemCode.CYCLE, "framework " + name,
          "nodes %s are not reachable from the root '%s' (a cycle in the parents?)"
              .formatted(unreachable, root.code()));
    }
    this.indicators = codes.values().stream().filter(n -> !kids.containsKey(n.code())).toList();
    List<Node> groups = new ArrayList<>(
        codes.values().stream().filter(n -> kids.containsKey(n.code())).toList());
    groups.sort((a, b) -> Integer.compare(levels.get(a.code()), levels.get(b.code())));
    this.groupsBottomUp = List.copyOf(groups);
  }

  private int computeLevel(Node node, List<String> path, List<Node> visited) {
    if (path.contains(node.code())) {
      throw DataException.of(ProblemCode.CYCLE, "node " + node.code(), "cycle through " + path);
    }
    visited.add(node);
    path.add(node.code());
    int level = 1;
    for (Node child : children.getOrDefault(node.code(), List.of())) {
      level = Math.max(level, computeLevel(child, path, visited) + 1);
    }
    path.remove(path.size() - 1);
    levels.put(node.code(), level);
    return level;
  }

  /**
   * Returns a framework over the given nodes.
   *
   * @throws DataException listing duplicate codes, unknown parents, cycles, and a missing or
   *     repeated root
   */
  public static Framework of(String name, List<Node> nodes) {
    if (nodes.isEmpty()) {
      throw DataException.of(ProblemCode.EMPTY_INPUT, "framework " + name,
          "the framework has no nodes; give at least an index and one indicator");
    }
    return new Framework(name, nodes);
  }

  public String name() {
    return name;
  }

  /** Returns all nodes in the order given. */
  public List<Node> nodes() {
    return nodes;
  }

  public Node root() {
    return root;
  }

  /** Returns the leaves (indicators) in the order given. */
  public List<Node> indicators() {
    return indicators;
  }

  /** Returns the nodes with children, lowest level first (the order in which to aggregate). */
  public List<Node> groupsBottomUp() {
    return groupsBottomUp;
  }

  /** Returns the children of a node in the order given; empty for an indicator. */
  public List<Node> children(String code) {
    return children.getOrDefault(code, List.of());
  }

  /** Returns the node with this code, if any. */
  public Optional<Node> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Returns the node with this code.
   *
   * @throws IllegalArgumentException if there is none
   */
  public Node node(String code) {
    Node n = byCode.get(code);
    if (n == null) {
      throw new IllegalArgumentException("no node '" + code + "' in framework " + name);
    }
    return n;
  }

  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  public boolean isIndicator(String code) {
    return byCode.containsKey(code) && !children.containsKey(code);
  }

  /** Returns the level of a node: 1 for indicators, one more than the highest child for groups. */
  public int level(String code) {
    Integer l = levels.get(code);
    if (l == null) {
      throw new IllegalArgumentException("no node '" + code + "' in framework " + name);
    }
    return l;
  }

  /** Returns the indicators below a node (itself if it is an indicator), in framework order. */
  public List<Node> indicatorsUnder(String code) {
    List<Node> out = new ArrayList<>();
    collectLeaves(node(code), out);
    return out;
  }

  private void collectLeaves(Node node, List<Node> out) {
    List<Node> kids = children(node.code());
    if (kids.isEmpty()) {
      out.add(node);
    } else {
      kids.forEach(k -> collectLeaves(k, out));
    }
  }

  /** Returns the path from the root down to a node, both included. */
  public List<Node> ancestry(String code) {
    List<Node> path = new ArrayList<>();
    Node n = node(code);
    while (n != null) {
      path.add(0, n);
      n = n.parentCode() == null || n.parentCode().isEmpty() ? null : byCode.get(n.parentCode());
    }
    return path;
  }

  /** Returns a framework whose nodes are changed by {@code change}; the tree must stay valid. */
  public Framework map(UnaryOperator<Node> change) {
    return new Framework(name, nodes.stream().map(change).toList());
  }

  /**
   * Returns the framework cut below the given level: groups of that level become indicators.
   * Used to aggregate published sub-scores through the upper part of a framework.
   */
  public Framework truncatedAtLevel(int level) {
    return new Framework(name, nodes.stream().filter(n -> level(n.code()) >= level).toList());
  }

  @Override
  public String toString() {
    return "Framework[%s: %d nodes, %d indicators, %d levels]"
        .formatted(name, nodes.size(), indicators.size(), level(root.code()));
  }
}
