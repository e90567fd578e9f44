package org.ipindex.core.result;

import java.util.List;

/**
 * A node's change for one unit split into the contributions of its indicators.
 *
 * <p>Under arithmetic aggregation with the same indicators present in both years the contributions
 * add up exactly to the total change and {@code residual} is zero (up to rounding). Otherwise
 * (geometric means, indicators appearing or disappearing) the part no indicator explains is shown
 * as {@code residual}, so the parts always add up to the total.
 *
 * @param unitCode the unit
 * @param code the node
 * @param year the year compared with the year before
 * @param total the node's change in points
 * @param contributions one per indicator with a change, largest absolute contribution first
 * @param residual {@code total − Σ contributions}
 */
public record ChangeBreakdown(
    String unitCode, String code, int year, double total, List<Contribution> contributions, double residual) {
  public ChangeBreakdown {
    contributions = List.copyOf(contributions);
  }
}
