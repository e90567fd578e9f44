package org.ipindex.io;

import org.ipindex.core.model.Node;

/**
 * A framework node read from one row, before the tree is checked.
 *
 * @param node the node
 * @param row the spreadsheet row it came from
 * @param levelColumn the name of the column the level was given in
 * @param level the level given in the file, or null if the cell was blank
 */
record ParsedNode(Node node, int row, String levelColumn, Integer level) {}
