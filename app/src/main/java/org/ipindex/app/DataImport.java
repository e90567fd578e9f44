package org.ipindex.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ipindex.core.model.Panel;
import org.ipindex.io.ingest.Ingest;
import org.ipindex.io.ingest.catalogue.Accrual;
import org.ipindex.io.ingest.catalogue.CatalogueFiles;
import org.ipindex.io.ingest.catalogue.CatalogueView;
import org.ipindex.io.ingest.catalogue.InMemoryCatalogue;
import org.ipindex.io.ingest.catalogue.Measure;
import org.ipindex.io.ingest.catalogue.MeasureKind;
import org.ipindex.io.ingest.catalogue.Region;
import org.ipindex.io.ingest.catalogue.StoredValues;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.io.ingest.validate.Revision;
import org.ipindex.io.ingest.validate.ValidationOptions;
import org.ipindex.store.Catalogue;
import org.ipindex.store.ObservationInput;
import org.ipindex.store.Store;
import org.ipindex.store.WriteSummary;

/**
 * The {@code ipindex import} use case: reads a statistics file in any layout {@link Ingest} reads,
 * validates it against the store and, when the outcome allows, writes every value as one batch.
 *
 * <p>Catalogue: measure metadata comes from the bundled {@code frameworks/measures.csv} (units,
 * kinds, sums, aliases), since the store's measure table lacks those; regions resolve through the
 * file catalogue and, failing that, the store's aliases. Measure codes are translated to the
 * store's spelling ({@code valid_patents[invention]} → {@code valid_patents_invention}); the store
 * is seeded with every measure of that file, and a measure only the store knows (an indicator
 * imported as printed) is checked by its unit and kind.
 */
public final class DataImport {
  private DataImport() {}

  /** What the user asked for. */
  public record Request(Path file, Path mapping, boolean dryRun, String reviseReason, boolean acceptWarnings,
      String sourceDocument, String who) {}

  /** What happened: the validation outcome and, when stored, the write summary (else null). */
  public record Result(Outcome outcome, WriteSummary written) {}

  /** Validates the file and stores it unless it is a dry run or the outcome is not STORE. */
  public static Result run(Store store, Request request) throws IOException {
    return run(store, request, bundledCatalogue());
  }

  /** The bundled import catalogue: {@code frameworks/measures.csv} and {@code data/region-aliases.csv}. */
  public static InMemoryCatalogue bundledCatalogue() throws IOException {
    try (InputStream m = Bundled.open("frameworks/measures.csv"); InputStream r = Bundled.open("data/region-aliases.csv")) {
      return CatalogueFiles.read("measures.csv", m, "region-aliases.csv", r);
    }
  }

  /**
   * Validates and stores with another import catalogue (sums and parts of measures the bundled
   * one does not describe); the store must know its measures.
   */
  public static Result run(Store store, Request request, InMemoryCatalogue files) throws IOException {
    CatalogueView catalogue = new StoreCatalogue(files, store);
    ValidationOptions options = ValidationOptions.DEFAULT;
    if (request.reviseReason() != null) {
      options = options.withRevision(Revision.because(request.reviseReason()));
    }
    if (request.acceptWarnings()) {
      options = options.acceptingWarnings();
    }
    Outcome o = Ingest.check(request.file(), request.mapping(), catalogue, new StoreValues(store), options);
    if (request.dryRun() || o.decision() != Outcome.Decision.STORE) {
      return new Result(o, null);
    }
    List<ObservationInput> rows = new ArrayList<>(o.rows().size());
    o.rows().forEach((measure, region, year, value, change, index) ->
        rows.add(new ObservationInput(storeCode(measure), storeRegion(store, region), year, value, null, null)));
    WriteSummary w = ImportService.importRows(store, request.who(), request.file(), request.sourceDocument(), rows,
        request.reviseReason());
    return new Result(o, w);
  }

  /** Returns the store's code of a catalogue measure code: {@code a[b]} → {@code a_b}. */
  static String storeCode(String measure) {
    return Catalogue.storeCode(measure);
  }

  /** Returns the store's code of a catalogue region (the Corps is XPCC in the file catalogue, XJBT in the store). */
  static String storeRegion(Store store, String region) {
    return store.catalogue().resolve(region).orElse(region);
  }

  /**
   * An import-catalogue view of a measure only the store knows (an indicator imported as printed,
   * e.g. {@code R18}): its unit and kind decide the checks; it has no parts and no regional sum.
   */
  static Measure fromStore(org.ipindex.store.Measure m) {
    MeasureKind kind;
    if (m.unit().equals("%")) {
      kind = MeasureKind.PERCENT;
    } else if (m.kind() == org.ipindex.store.Measure.Kind.RATIO) {
      kind = MeasureKind.OTHER;
    } else if (m.unit().endsWith("元")) {
      kind = MeasureKind.AMOUNT;
    } else {
      kind = MeasureKind.COUNT;
    }
    Accrual accrual = m.kind() == org.ipindex.store.Measure.Kind.STOCK ? Accrual.STOCK : Accrual.FLOW;
    return new Measure(m.code(), m.nameZh(), m.nameEn(), m.unit(), kind, accrual, false, List.of(),
        Measure.DEFAULT_SUM_TOLERANCE, List.of(), m.note());
  }

  /** The bundled catalogue, with regions also resolved through the store's aliases. */
  private record StoreCatalogue(InMemoryCatalogue files, Store store) implements CatalogueView {
    @Override
    public Optional<Measure> measure(String codeOrAlias) {
      Optional<Measure> m = files.measure(codeOrAlias);
      if (m.isPresent()) {
        return m;
      }
      String code = codeOrAlias.strip();
      Optional<Measure> spelled = files.measures().stream().filter(x -> storeCode(x.code()).equals(code)).findFirst();
      return spelled.isPresent() ? spelled : store.catalogue().measure(code).map(DataImport::fromStore);
    }

    @Override
    public Optional<Region> region(String codeOrAlias) {
      Optional<Region> r = files.region(codeOrAlias);
      if (r.isPresent()) {
        return r;
      }
      return store.catalogue().resolve(codeOrAlias).flatMap(files::region);
    }

    @Override
    public List<Measure> measures() {
      return files.measures();
    }

    @Override
    public List<Region> regions() {
      return files.regions();
    }

    @Override
    public List<Region> sumParts(String regionCode) {
      return files.sumParts(regionCode);
    }
  }

  /** The store's current values; {@link #within} loads those of the file's measures and years in one query. */
  private record StoreValues(Store store, Panel panel) implements StoredValues {
    StoreValues(Store store) {
      this(store, null);
    }

    @Override
    public double value(String measure, String region, int year) {
      if (panel == null) {
        return within(List.of(measure), year, year).value(measure, region, year);
      }
      return panel.value(storeRegion(store, region), storeCode(measure), year);
    }

    @Override
    public StoredValues within(Collection<String> measures, int fromYear, int toYear) {
      List<String> known = measures.stream().map(DataImport::storeCode).distinct()
          .filter(m -> store.catalogue().measure(m).isPresent()).toList();
      if (known.isEmpty() || fromYear > toYear) {
        return StoredValues.NONE;
      }
      int[] years = IntStream.rangeClosed(fromYear, toYear).toArray();
      return new StoreValues(store, store.observations().current(known, null, years));
    }
  }
}
