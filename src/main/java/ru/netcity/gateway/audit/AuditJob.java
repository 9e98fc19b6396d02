package ru.netcity.gateway.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.audit.ruleset.RuleSets;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.ledger.ConsistentRead;
import ru.netcity.gateway.ledger.LedgerBrokenException;
import ru.netcity.gateway.ledger.Verification;

/**
 * One audit of a school: class by class, reads the class's entries once (from the audits' copy,
 * {@link EntryBuckets}, where no new event touched them), builds its terms and timetable, and hands
 * every entry to the rules that read its kind (those whose decisions need only that class decide
 * when it is done, {@link Rule#classDone}); then the history of changes, the term-level decisions
 * and the data-quality issues; stores the run with its findings. Only days the completeness gate
 * passes reach the rules.
 *
 * <p>Everything is read in one consistent read (a sync committing meanwhile shows in none of it),
 * and the ledger is verified first inside it: a broken ledger gets no audit and no findings.
 */
public final class AuditJob {
  private static final Logger LOG = LoggerFactory.getLogger(AuditJob.class);

  private final DataSource dataSource;
  private final LedgerReader reader;
  private final ConsistentRead snapshot;
  private final LedgerGate gate;
  private final AuditStore store;
  private final Supplier<RuleSets> ruleSets;
  private final ZoneId zone;
  private final Clock clock;
  private final CorrectionRegister corrections;
  private final Supplier<List<Rule>> moreRules;

  public AuditJob(
      DataSource dataSource,
      Supplier<RuleSets> ruleSets,
      ZoneId zone,
      Clock clock,
      CorrectionRegister corrections,
      LedgerGate gate) {
    this(dataSource, ruleSets, zone, clock, corrections, gate, List::of);
  }

  /**
   * @param moreRules rules of other packages (fresh instances per run) that decide in {@link
   *     Rule#finish} after the regulation's journal rules, e.g. notify's PARENT_CONSENT
   */
  public AuditJob(
      DataSource dataSource,
      Supplier<RuleSets> ruleSets,
      ZoneId zone,
      Clock clock,
      CorrectionRegister corrections,
      LedgerGate gate,
      Supplier<List<Rule>> moreRules) {
    this.dataSource = dataSource;
    this.reader = new LedgerReader(dataSource);
    this.snapshot = new ConsistentRead(dataSource);
    this.gate = gate;
    this.store = new AuditStore(dataSource);
    this.ruleSets = ruleSets;
    this.zone = zone;
    this.clock = clock;
    this.corrections = corrections;
    this.moreRules = moreRules;
  }

  /** Audits the school of the newest sync run. */
  public AuditRun run() {
    int schoolId =
        reader
            .lastSchool()
            .orElseThrow(() -> new IllegalStateException("nothing to audit: no sync has run yet"));
    return run(schoolId);
  }

  /**
   * @throws LedgerBrokenException the ledger failed its verification: nothing was audited
   */
  public AuditRun run(int schoolId) {
    LocalDateTime started = LocalDateTime.now(clock);
    Audited audited =
        snapshot.run(
            db -> {
              Verification verified = gate.verify(db, schoolId);
              return verified.intact()
                  ? audit(db, schoolId, started).verified(verified)
                  : new Audited(verified, null, List.of());
            });
    gate.record(audited.verification());
    if (!audited.verification().intact()) {
      throw new LedgerBrokenException(audited.verification());
    }
    AuditRun run = audited.run();
    List<Finding> findings = audited.findings();
    store.save(run, findings);
    LOG.info(
        "audit {} of school {}: {} findings, {} of {} units complete, {} classes incomplete",
        run.id(),
        schoolId,
        findings.size(),
        run.unitsDone(),
        run.unitsTotal(),
        run.incompleteClasses().size());
    return run;
  }

  /** An audit read from a verified ledger, not stored yet. */
  private record Audited(Verification verification, AuditRun run, List<Finding> findings) {
    Audited verified(Verification v) {
      return new Audited(v, run, findings);
    }
  }

  private Audited audit(DataSource db, int schoolId, LocalDateTime started) {
    LedgerReader reader = new LedgerReader(db);
    EntryBuckets buckets = new EntryBuckets(db, dataSource, schoolId);
    RuleSets sets = ruleSets.get();
    Completeness gate = reader.completeness(schoolId);
    Map<Integer, String> classNames = reader.classNames(schoolId);
    Terms terms = new Terms();
    Timetable timetable = new Timetable();
    Teachers teachers = new Teachers();
    LocalDateTime asOf =
        gate.asOf() == null
            ? LocalDateTime.now(clock.withZone(zone))
            : AuditContext.local(gate.asOf(), zone);
    AuditContext context =
        new AuditContext(
            schoolId,
            zone,
            asOf,
            sets,
            terms,
            timetable,
            gate,
            reader.roster(schoolId),
            new Corrections(corrections.approved(), classNames, zone));
    List<Finding> findings = new ArrayList<>();
    Set<String> versions = new TreeSet<>();
    FindingSink sink = sink(schoolId, classNames, findings, versions, teachers, context);
    List<Rule> rules = new ArrayList<>(Rules.all());
    rules.addAll(moreRules.get());
    Map<EntryKind, List<Rule>> readers = new EnumMap<>(EntryKind.class);
    for (Rule rule : rules) {
      rule.reads().forEach(k -> readers.computeIfAbsent(k, x -> new ArrayList<>()).add(rule));
    }
    for (int classId : reader.classes(schoolId)) {
      List<JournalEntry> entries = buckets.of(classId);
      entries.removeIf(e -> !gate.complete(e.classId(), e.lessonDate()));
      // the class's terms, timetable and written works first: the rules look entries up in them
      for (JournalEntry e : entries) {
        switch (e.kind()) {
          case TERM -> terms.add(Term.parse(e.classId(), e.value()));
          case LESSON -> timetable.add(e.classId(), e.lessonDate(), e.value());
          case TEACHER -> teachers.add(e.classId(), e.lessonDate(), e.subject(), e.value());
          case AUTHOR -> teachers.author(e.key(), e.value());
          case WORK -> dispatch(e, readers, context, sink);
          default -> {}
        }
      }
      for (JournalEntry e : entries) {
        if (e.kind() != EntryKind.WORK) {
          dispatch(e, readers, context, sink);
        }
      }
      for (Rule rule : rules) {
        rule.classDone(classId, context, sink);
      }
    }
    reader.changes(
        schoolId,
        c -> {
          if (gate.complete(c.entry().classId(), c.entry().lessonDate())) {
            Rules.retroactive(rules).history(c.entry(), c.change(), c.lastSeenAt(), context, sink);
            Rules.correctionLog(rules).history(c.entry(), context);
          }
        });
    for (Rule rule : rules) {
      rule.finish(context, sink);
    }
    if (gate.syncRunId() != null) {
      Rules.dataQuality(rules).report(reader.issues(gate.syncRunId()), context, sink);
    }
    classNames.keySet().stream()
        .flatMap(c -> terms.of(c).stream())
        .forEach(t -> sets.inForce(t.start()).ifPresent(set -> versions.add(set.version())));
    List<String> incomplete =
        gate.incompleteClasses().stream()
            .map(id -> classNames.getOrDefault(id, "#" + id))
            .sorted()
            .toList();
    AuditRun run =
        new AuditRun(
            UUID.randomUUID().toString(),
            schoolId,
            gate.syncRunId(),
            List.copyOf(versions),
            started,
            LocalDateTime.now(clock),
            gate.unitsDone(),
            gate.unitsTotal(),
            incomplete,
            findings.size());
    return new Audited(null, run, findings);
  }

  private static void dispatch(
      JournalEntry e, Map<EntryKind, List<Rule>> readers, AuditContext context, FindingSink sink) {
    List<Rule> interested = readers.get(e.kind());
    if (interested != null) {
      for (Rule rule : interested) {
        rule.accept(e, context, sink);
      }
    }
  }

  /** The sink names the teacher responsible for each finding ({@link Teachers#responsible}). */
  private static FindingSink sink(
      int schoolId,
      Map<Integer, String> classNames,
      List<Finding> findings,
      Set<String> versions,
      Teachers teachers,
      AuditContext context) {
    return (rule, set, severity, classId, subject, studentId, lessonDate, evidence, message) -> {
      versions.add(set.version());
      findings.add(
          new Finding(
              rule.code(),
              rule.clause(),
              severity,
              schoolId,
              classId,
              classNames.getOrDefault(classId, "#" + classId),
              subject,
              teachers.responsible(classId, subject, studentId, lessonDate, evidence, context),
              studentId,
              lessonDate,
              evidence,
              message,
              set.version()));
    };
  }
}
