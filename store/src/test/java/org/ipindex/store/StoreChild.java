package org.ipindex.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of the crash and lock tests. {@code import URL ROWS [MEASURE_A MEASURE_B]}: writes
 * a batch of ROWS values of two measures (revising the stored ones), prints {@value #MID_TRANSACTION}
 * once every row is inserted but not committed, and waits to be killed. {@code hold HOME}: opens the embedded store, prints
 * {@value #OPEN}, and waits.
 */
public final class StoreChild {
  public static final String MID_TRANSACTION = "MID-TRANSACTION";
  public static final String OPEN = "OPEN";

  private StoreChild() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "import" -> {
        try (Store store = Store.open(args[1])) {
          String[] measures = args.length > 4 ? new String[] {args[3], args[4]} : MEASURES;
          store.observations().write(new BatchInfo("child", "big.csv", null, null),
              rows(Integer.parseInt(args[2]), 1, measures[0], measures[1]),
              RevisePolicy.revise("crash test"), new Observations.Progress() {
                @Override
                public void inserted(long rows) {
                  System.out.println(MID_TRANSACTION);
                  System.out.flush();
                  sleep();
                }
              });
        }
        System.out.println("COMMITTED");
      }
      case "hold" -> {
        try (Store store = Store.open(Path.of(args[1]))) {
          System.out.println(store.catalogue().regions().isEmpty() ? "NO CATALOGUE" : OPEN);
          System.out.flush();
          sleep();
        }
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static final String[] MEASURES = {"valid_patents", "patent_grants"};

  /** Returns {@code n} values of the measures valid_patents and patent_grants for the provinces over many years. */
  static List<ObservationInput> rows(int n, double shift) {
    return rows(n, shift, MEASURES[0], MEASURES[1]);
  }

  /** Returns {@code n} values of two measures for the provinces over many years. */
  static List<ObservationInput> rows(int n, double shift, String measureA, String measureB) {
    String[] provinces = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41",
        "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"};
    List<ObservationInput> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int p = i % provinces.length;
      int rest = i / provinces.length;
      String measure = rest % 2 == 0 ? measureA : measureB;
      out.add(new ObservationInput(measure, provinces[p], 1000 + rest / 2, i * 0.5 + shift, "件", null));
    }
    return out;
  }

  private static void sleep() {
    try {
      Thread.sleep(120_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
