package ru.netcity.gateway.archive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ru.netcity.gateway.archive.sign.CmsSigner;
import ru.netcity.gateway.archive.sign.SigningKey;
import ru.netcity.gateway.ledger.Anchors;

/**
 * Writes one snapshot of a school into staging folders (one a location) from one consistent read of
 * the database, then its manifests, bag-info.txt and the signature over the tag manifest.
 */
final class SnapshotWriter {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate snapshotRead;
  private final SigningKey key;
  private final CmsSigner signer;
  private final ZoneId schoolZone;
  private final String version;
  private final Function<BagBuilder, EventsExport> events;
  private final Anchors anchors;

  SnapshotWriter(
      DataSource dataSource,
      SigningKey key,
      CmsSigner signer,
      ZoneId schoolZone,
      String version,
      Anchors anchors) {
    this.anchors = anchors;
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(1000);
    this.snapshotRead = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    snapshotRead.setReadOnly(true);
    // One snapshot of the data for the whole export: a sync writing meanwhile is not half in it.
    snapshotRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.key = key;
    this.signer = signer;
    this.schoolZone = schoolZone;
    this.version = version;
    this.events = bag -> new EventsExport(dataSource, bag);
  }

  /**
   * Writes the bag into every staging folder and returns its identity.
   *
   * @param about bag-info.txt fields that describe the snapshot (what, completeness)
   * @param naming the snapshot's id from the head it holds
   * @param names pupils' names by id (may be empty)
   */
  Written write(
      int schoolId,
      Map<String, String> about,
      Function<LedgerHead, String> naming,
      Map<Integer, String> names,
      List<Path> staging,
      Consumer<String> progress) {
    BagBuilder bag = new BagBuilder(staging);
    bag.tag(Bags.DECLARATION, Bags.DECLARATION_TEXT);
    ExecutorService beside = Executors.newSingleThreadExecutor(r -> daemon(r, "archive-events"));
    Exported exported;
    try {
      exported =
          snapshotRead.execute(
              status -> {
                boolean h2 = streamOnH2(true);
                try {
                  LedgerHead h = head(schoolId);
                  Future<List<String>> chain =
                      beside.submit(() -> events.apply(bag).write(h, progress));
                  new JournalExport(jdbc, bag, progress).write(h, classes(schoolId), names);
                  return new Exported(h, chain.get());
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new ArchiveException("interrupted while writing the snapshot", e);
                } catch (ExecutionException e) {
                  throw new ArchiveException(
                      "cannot write the ledger's events: " + e.getCause(), e);
                } finally {
                  if (h2) {
                    streamOnH2(false);
                  }
                }
              });
    } finally {
      stop(beside);
    }
    LedgerHead head = exported.head();
    String id = naming.apply(head);
    bag.tag(Bags.MANIFEST, bag.manifest());
    bag.tag(Bags.INFO, Bags.info(info(id, about, head, bag, names.isEmpty())));
    byte[] tagManifest = bag.tagManifest().getBytes(StandardCharsets.UTF_8);
    bag.tag(Bags.TAG_MANIFEST, tagManifest, false);
    bag.tag(Bags.SIGNATURE, signer.sign(tagManifest), false);
    progress.accept("signed " + id);
    return new Written(id, head, bag.payloadOxum(), exported.chainProblems());
  }

  /**
   * What was written: the snapshot's id, the ledger head it holds, its Payload-Oxum, and what the
   * chain check of the exported events found (empty: the chain re-verifies to the head).
   */
  record Written(String id, LedgerHead head, String payloadOxum, List<String> chainProblems) {}

  private record Exported(LedgerHead head, List<String> chainProblems) {}

  /** Stops the events' export (after a failure) and waits, so nothing writes into staging later. */
  private static void stop(ExecutorService beside) {
    beside.shutdownNow();
    try {
      if (!beside.awaitTermination(1, TimeUnit.MINUTES)) {
        throw new ArchiveException("the export of the ledger's events did not stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private Map<String, String> info(
      String id, Map<String, String> about, LedgerHead head, BagBuilder bag, boolean withoutNames) {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("External-Identifier", id);
    info.putAll(about);
    info.put("Bagging-Date", head.day(schoolZone).toString());
    info.put("Bag-Software-Agent", "netcity-gateway " + version);
    info.put("Payload-Oxum", bag.payloadOxum());
    info.put("School-Id", Integer.toString(head.schoolId()));
    info.put("Ledger-Head", head.describe());
    // The newest anchor kept outside the database, signed with the snapshot: a later cut of the
    // ledger's tail shows against it even when the anchor file is lost.
    info.put(
        "Ledger-Anchor",
        anchors.newest(head.schoolId()).map(Anchors.Anchor::line).orElse("none yet"));
    info.put("Student-Names", withoutNames ? "absent (ids only)" : "from the AIS");
    info.put("Signer-Certificate", key.certificate().getSubjectX500Principal().getName());
    info.put("Signer-Certificate-SHA256", key.fingerprint());
    info.put("Signature-Algorithm", key.algorithm());
    info.put("Signature-File", Bags.SIGNATURE + " (detached CMS over " + Bags.TAG_MANIFEST + ")");
    return info;
  }

  /**
   * H2 gathers a whole result before the first row unless told to stream it: a year's events would
   * go to a temporary file first. PostgreSQL streams with the fetch size inside a transaction.
   * Returns whether the database is H2.
   */
  private boolean streamOnH2(boolean lazy) {
    String product =
        jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    boolean h2 = "H2".equals(product);
    if (h2) {
      jdbc.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
    }
    return h2;
  }

  private LedgerHead head(int schoolId) {
    List<LedgerHead> heads =
        jdbc.query(
            "SELECT h.seq, h.hash, e.first_seen_at FROM ledger_head h JOIN ledger_event e"
                + " ON e.school_id = h.school_id AND e.seq = h.seq WHERE h.school_id = ?",
            (rs, n) ->
                new LedgerHead(
                    schoolId, rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class)),
            schoolId);
    if (heads.isEmpty()) {
      throw new ArchiveException("the ledger holds no events of school " + schoolId + " yet");
    }
    return heads.get(0);
  }

  /** Classes the sync has pulled, by id, with the names the newest roster gives. */
  private Map<Integer, String> classes(int schoolId) {
    Map<Integer, String> classes = new TreeMap<>();
    jdbc.query(
        "SELECT DISTINCT class_id FROM work_unit WHERE school_id = ?",
        rs -> {
          classes.put(rs.getInt(1), "");
        },
        schoolId);
    jdbc.query(
        "SELECT DISTINCT class_id, class_name FROM roster WHERE school_id = ?",
        rs -> {
          String name = rs.getString(2);
          classes.computeIfPresent(rs.getInt(1), (k, v) -> name);
        },
        schoolId);
    return classes;
  }
}
