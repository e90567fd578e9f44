package org.ipindex.core.model;

/** The kinds of problems found in input data or in a recipe; stable names for messages and the API. */
public enum ProblemCode {
  DUPLICATE_CODE,
  UNKNOWN_PARENT,
  CYCLE,
  NO_ROOT,
  SEVERAL_ROOTS,
  LEVEL_MISMATCH,
  BAD_NUMBER,
  BAD_VALUE,
  MISSING_COLUMN,
  UNKNOWN_COLUMN,
  UNKNOWN_INDICATOR,
  UNKNOWN_UNIT,
  DUPLICATE_KEY,
  UNKNOWN_METHOD,
  BAD_PARAMETER,
  NON_POSITIVE_VALUE,
  ZERO_RANGE,
  INCONSISTENT_MATRIX,
  MISSING_DATA,
  EMPTY_INPUT,
  BAD_FILE
}
