package ru.netcity.gateway.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import ru.netcity.gateway.ledger.ChainReplay;

/**
 * Re-verifies the ledger chain a snapshot holds ({@code data/ledger/events.csv.gz}) against the
 * head its bag-info.txt names, so the chain can be checked from the archive alone.
 */
final class ArchivedChain {
  private static final Pattern HEAD =
      Pattern.compile("school=(\\d+) seq=(\\d+) sha256=([0-9a-f]{64}) at=\\S+");
  static final List<String> COLUMNS =
      List.of(
          "school_id",
          "seq",
          "run_id",
          "unit_key",
          "kind",
          "entry_key",
          "class_id",
          "lesson_date",
          "subject",
          "student_id",
          "value_text",
          "ais_entered_at",
          "first_seen_at",
          "change",
          "prev_hash",
          "hash");

  private ArchivedChain() {}

  static void check(Path bag, Map<String, String> info, List<String> problems) throws IOException {
    Matcher head = HEAD.matcher(info.getOrDefault("Ledger-Head", ""));
    if (!head.matches()) {
      problems.add("bag-info.txt has no readable Ledger-Head");
      return;
    }
    verify(
        bag.resolve("data").resolve(EventsExport.FILE),
        Integer.parseInt(head.group(1)),
        Long.parseLong(head.group(2)),
        head.group(3),
        problems);
  }

  /** Replays the events file's chain; it must end at seq {@code headSeq} with {@code headHash}. */
  static void verify(Path events, int school, long headSeq, String headHash, List<String> problems)
      throws IOException {
    ChainReplay replay = new ChainReplay(school);
    try (Reader in =
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(events), 1 << 16), StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(new BufferedReader(in, 1 << 16));
      List<String> header = csv.record();
      int[] at = new int[COLUMNS.size()];
      for (int i = 0; i < at.length; i++) {
        at[i] = header == null ? -1 : header.indexOf(COLUMNS.get(i));
        if (at[i] < 0) {
          problems.add("the archived events have no column " + COLUMNS.get(i));
          return;
        }
      }
      for (List<String> r = csv.record(); r != null; r = csv.record()) {
        replay.next(archived(r, at));
      }
    }
    if (replay.firstBroken() != 0) {
      problems.add("the archived ledger chain breaks at seq " + replay.firstBroken());
    } else if (replay.seq() != headSeq || !replay.hash().equals(headHash)) {
      problems.add(
          "the archived ledger chain ends at seq " + replay.seq() + ", not at the Ledger-Head");
    }
  }

  /** One event of the file, its fields by the header's positions. */
  static ChainReplay.Archived archived(List<String> r, int[] at) {
    return new ChainReplay.Archived(
        Integer.parseInt(r.get(at[0])),
        Long.parseLong(r.get(at[1])),
        r.get(at[2]),
        r.get(at[3]),
        r.get(at[4]),
        r.get(at[5]),
        Integer.parseInt(r.get(at[6])),
        r.get(at[7]),
        r.get(at[8]),
        r.get(at[9]) == null ? null : Integer.valueOf(r.get(at[9])),
        r.get(at[10]),
        r.get(at[11]),
        r.get(at[12]),
        r.get(at[13]),
        r.get(at[14]),
        r.get(at[15]));
  }
}
