package ru.netcity.gateway.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.ledger.RunSummary;

/**
 * What {@code status} shows: the last runs, whether the newest is complete, and the ledger's live
 * counts under the keys of mock-netcity's ground truth.
 */
public final class SyncStatus {
  private final Ledger ledger;
  private final SyncStore store;

  public SyncStatus(Ledger ledger, DataSource dataSource) {
    this.ledger = ledger;
    this.store = new SyncStore(dataSource);
  }

  public Map<String, Object> report(int lastRuns) {
    List<RunSummary> runs = ledger.runs(lastRuns);
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("complete", !runs.isEmpty() && runs.get(0).complete());
    status.put("counts", store.lastSchool().map(this::counts).orElse(Map.of()));
    status.put("runs", runs.stream().map(SyncStatus::run).toList());
    return status;
  }

  private Map<String, Object> counts(int schoolId) {
    Map<EntryKind, Long> live = ledger.liveCounts(schoolId);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("classes", store.classes(schoolId));
    counts.put("students", store.students(schoolId));
    counts.put("lessons", live.get(EntryKind.LESSON));
    counts.put("marks", live.get(EntryKind.MARK));
    counts.put("absences", live.get(EntryKind.ABSENCE));
    counts.put("homework", live.get(EntryKind.HOMEWORK));
    counts.put("topics", live.get(EntryKind.TOPIC));
    counts.put("dots", live.get(EntryKind.DOT));
    counts.put("termMarks", live.get(EntryKind.TERM_MARK));
    return counts;
  }

  private static Map<String, Object> run(RunSummary run) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("runId", run.runId());
    row.put("schoolId", run.schoolId());
    row.put("startedAt", String.valueOf(run.startedAt()));
    row.put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
    row.put("complete", run.complete());
    row.put("unitsTotal", run.unitsTotal());
    row.put("unitsDone", run.unitsDone());
    return row;
  }
}
