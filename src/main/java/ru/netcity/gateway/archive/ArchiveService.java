package ru.netcity.gateway.archive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.archive.SchoolTerms.EndingTerm;
import ru.netcity.gateway.audit.Completeness;

/**
 * The archive (regulation 5.5, 2.5): signed snapshots of the whole journal written to two storage
 * locations, copied to removable drives, restored, and checked and repaired for years.
 */
public final class ArchiveService {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveService.class);

  private final Locations locations;
  private final NewSnapshot snapshots;
  private final Transfers transfers;
  private final ArchiveChecker checker;
  private final SchoolTerms terms;
  private final PupilNames names;
  private final ArchiveSchedule schedule;

  ArchiveService(
      List<ArchiveLocation> locations,
      SnapshotWriter writer,
      ArchiveChecker checker,
      SchoolTerms terms,
      PupilNames names,
      ArchiveSchedule schedule) {
    this.locations = new Locations(locations);
    this.snapshots = new NewSnapshot(this.locations, writer, checker);
    this.transfers = new Transfers(this.locations, checker);
    this.checker = checker;
    this.terms = terms;
    this.names = names;
    this.schedule = schedule;
  }

  /** What {@code create} did: the snapshot, and whether it was written now or existed. */
  public record Created(String id, boolean written, List<Path> copies) {}

  /**
   * Snapshots the school now: for {@code term} (its end date or name; the term's days must all be
   * pulled completely), or on demand when {@code term} is null.
   */
  public synchronized Created create(String term, Consumer<String> progress) {
    int school = terms.school();
    if (term == null) {
      return snapshots.write(
          school, onDemand(school), head -> onDemandId(school, head), names.of(school), progress);
    }
    EndingTerm t = terms.term(school, term);
    List<Integer> incomplete = terms.incompleteClasses(school, t);
    if (!incomplete.isEmpty()) {
      throw new ArchiveException(
          "the term "
              + t.describe()
              + " is not yet pulled completely (classes "
              + incomplete
              + "); run a sync first, or make an on-demand snapshot without --term");
    }
    String id = termId(school, t.end());
    if (!locations.holding(id).isEmpty()) {
      locations.withLocks(() -> checker.check(id, locations.all()));
      return new Created(id, false, locations.copies(id));
    }
    Map<String, String> about = new LinkedHashMap<>();
    about.put(
        "External-Description",
        "Резервная копия электронного журнала на конец периода: " + t.describe());
    about.put("Snapshot-Term-End", t.end().toString());
    return snapshots.write(school, about, head -> id, names.of(school), progress);
  }

  /**
   * The scheduled snapshot: the newest term that ended {@code after-term-end} ago and has none yet,
   * once the completeness gate says all its days are pulled. Earlier terms are not made later.
   */
  public synchronized Optional<Created> snapshotEndedTerm() {
    int school = terms.school();
    Optional<EndingTerm> ended = terms.latestEnded(school, schedule.lastTermEndDue());
    if (ended.isEmpty()) {
      return Optional.empty();
    }
    EndingTerm t = ended.get();
    if (!locations.holding(termId(school, t.end())).isEmpty()) {
      return Optional.empty();
    }
    List<Integer> incomplete = terms.incompleteClasses(school, t);
    if (!incomplete.isEmpty()) {
      LOG.info(
          "archive: term ending {} waits for complete pulls of {} classes",
          t.end(),
          incomplete.size());
      return Optional.empty();
    }
    Created created = create(t.end().toString(), step -> {});
    LOG.info("archive: term snapshot {} written to {}", created.id(), created.copies());
    return Optional.of(created);
  }

  /** Checks snapshots: every one ({@code all}), or the share due today in the fixity cycle. */
  public synchronized List<SnapshotHealth> verify(boolean all) {
    TreeSet<String> ids = locations.ids();
    List<String> due = all ? new ArrayList<>(ids) : schedule.due(ids);
    return locations.withLocks(
        () -> due.stream().map(id -> checker.check(id, locations.all()).health()).toList());
  }

  /** The scheduled check: today's share of the fixity cycle; the outcome goes to the log. */
  public String checkDue() {
    List<SnapshotHealth> checked = verify(false);
    long repaired =
        checked.stream().filter(h -> h.status() == SnapshotHealth.Status.REPAIRED).count();
    long damaged =
        checked.stream().filter(h -> h.status() == SnapshotHealth.Status.DAMAGED).count();
    String summary =
        "archive check: %d snapshots checked, %d repaired, %d damaged beyond repair"
            .formatted(checked.size(), repaired, damaged);
    if (damaged > 0) {
      LOG.error(summary);
    } else {
      LOG.info(summary);
    }
    return summary;
  }

  /**
   * Checks the snapshots on a drive plugged in again ({@code path}: one snapshot or a folder of
   * them); a damaged one is rewritten from a healthy copy in the locations.
   */
  public synchronized List<SnapshotHealth> verifyAt(Path path) {
    return transfers.checkDrive(path);
  }

  /** Writes a verified copy of the term's snapshot to {@code to} (a drive for the safe, 5.5). */
  public synchronized Path copy(String term, Path to) {
    return transfers.copy(storedId(term), to);
  }

  /** Restores the term's snapshot (a verified copy of the whole bag) into an empty {@code dir}. */
  public synchronized Path restore(String term, Path dir) {
    return transfers.restore(storedId(term), dir);
  }

  /** The stored snapshots with what their bag-info.txt says and until when they are kept. */
  public List<SnapshotListing> list() {
    return schedule.listings(locations);
  }

  private Map<String, String> onDemand(int school) {
    Completeness gate = terms.completeness(school);
    Map<String, String> about = new LinkedHashMap<>();
    about.put("External-Description", "Резервная копия электронного журнала по запросу");
    about.put(
        "Sync-Completeness",
        "%d of %d units of the newest sync complete%s"
            .formatted(
                gate.unitsDone(),
                gate.unitsTotal(),
                gate.incompleteClasses().isEmpty()
                    ? ""
                    : "; incomplete classes " + new TreeSet<>(gate.incompleteClasses())));
    return about;
  }

  private String onDemandId(int school, LedgerHead head) {
    return "school-%d-%s-seq%d".formatted(school, head.day(schedule.schoolZone()), head.seq());
  }

  static String termId(int school, LocalDate end) {
    return "school-%d-term-%s".formatted(school, end);
  }

  /** A stored snapshot by id, by term end date, or by a term's name. */
  private String storedId(String term) {
    TreeSet<String> ids = locations.ids();
    if (ids.contains(term)) {
      return term;
    }
    String end = term.matches("\\d{4}-\\d{2}-\\d{2}") ? term : null;
    if (end == null) {
      end = terms.term(terms.school(), term).end().toString();
    }
    String suffix = "-term-" + end;
    return ids.stream()
        .filter(id -> id.endsWith(suffix))
        .findFirst()
        .orElseThrow(() -> new ArchiveException("no snapshot of the term " + term + " is stored"));
  }
}
