package org.ipindex.io.ingest;

import org.ipindex.core.model.ProblemCode;

/** The kinds of {@link Issue}: stable names for messages, tests and the API. */
public enum IssueCode {
  /** The file cannot be read at all (not UTF-8, broken CSV, not an XLSX workbook). */
  BAD_FILE(ProblemCode.BAD_FILE),
  /** The file has no data rows. */
  EMPTY_FILE(ProblemCode.EMPTY_INPUT),
  /** A required column is missing. */
  MISSING_COLUMN(ProblemCode.MISSING_COLUMN),
  /** A column the layout does not know. */
  UNKNOWN_COLUMN(ProblemCode.UNKNOWN_COLUMN),
  /** The mapping file is wrong or does not fit the table. */
  BAD_MAPPING(ProblemCode.BAD_FILE),
  /** A value that is not a number in any notation we read. */
  NOT_A_NUMBER(ProblemCode.BAD_NUMBER),
  /** A year that is not a year. */
  BAD_YEAR(ProblemCode.BAD_NUMBER),
  /** A region or measure cell that is empty. */
  EMPTY_KEY(ProblemCode.BAD_VALUE),
  /** A region that the catalogue does not know. */
  UNKNOWN_REGION(ProblemCode.UNKNOWN_UNIT),
  /** A measure that the catalogue does not know. */
  UNKNOWN_MEASURE(ProblemCode.UNKNOWN_INDICATOR),
  /** A unit that cannot be converted to the measure's unit. */
  UNIT_MISMATCH(ProblemCode.BAD_VALUE),
  /** A count below zero. */
  NEGATIVE_COUNT(ProblemCode.BAD_VALUE),
  /** A percentage outside 0–100. */
  PERCENT_OUT_OF_RANGE(ProblemCode.BAD_VALUE),
  /** The same measure, region and year twice in one file. */
  DUPLICATE_KEY(ProblemCode.DUPLICATE_KEY),
  /** A value that differs from the stored one, without {@code --revise --reason}. */
  CHANGED_WITHOUT_REVISION(ProblemCode.BAD_VALUE),
  /** Parts (invention + utility model + design) that do not add up to their total (warning). */
  PARTS_DO_NOT_ADD_UP(ProblemCode.BAD_VALUE),
  /** Regions (provinces) that do not add up to their total (the national figure) (warning). */
  REGIONS_DO_NOT_ADD_UP(ProblemCode.BAD_VALUE),
  /** A year-on-year change far outside the other regions' (warning). */
  JUMP(ProblemCode.BAD_VALUE);

  private final ProblemCode problemCode;

  IssueCode(ProblemCode problemCode) {
    this.problemCode = problemCode;
  }

  /** Returns the nearest code of the core model, for a {@link org.ipindex.core.model.DataException}. */
  public ProblemCode problemCode() {
    return problemCode;
  }
}
