package org.ipindex.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.ipindex.store.BatchInfo;
import org.ipindex.store.ObservationInput;
import org.ipindex.store.RevisePolicy;
import org.ipindex.store.Store;
import org.ipindex.store.WriteSummary;

/**
 * The import use case once a file is parsed and validated: stores its rows as one batch recording
 * who, the file's name and SHA-256 and the source document. A changed value is refused (every one
 * listed, nothing written) unless a revise reason is given.
 */
public final class ImportService {
  private ImportService() {}

  /**
   * Stores the rows of one file as a batch.
   *
   * @param reviseReason why stored values are revised, or null to refuse any change
   * @throws org.ipindex.core.model.DataException for unknown measures or regions, duplicates, and
   *     changed values without a reason ({@link org.ipindex.store.RevisionNeededException})
   */
  public static WriteSummary importRows(Store store, String who, Path file, String sourceDocument,
      List<ObservationInput> rows, String reviseReason) throws IOException {
    BatchInfo batch = new BatchInfo(who, file == null ? null : file.getFileName().toString(),
        file == null ? null : sha256(file), sourceDocument);
    RevisePolicy policy = reviseReason == null ? RevisePolicy.REFUSE : RevisePolicy.revise(reviseReason);
    return store.observations().write(batch, rows, policy);
  }

  /** Returns the SHA-256 of a file, in hex. */
  public static String sha256(Path file) throws IOException {
    MessageDigest d;
    try {
      d = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), d)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(d.digest());
  }
}
