package ru.netcity.gateway.bench;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.NetCityClient;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.netcity.StudentRef;
import ru.netcity.gateway.netcity.TermRef;

/**
 * Reads a term of one 30-student class through the client (diary weeks of every student and the
 * four reports), then fetches the same diary URLs with a bare HTTP loop that parses nothing, and
 * prints requests, wall time and bytes of both. The mock runs in its own JVM so that neither side's
 * garbage collection pauses the server. Run with {@code bench/client-term.sh}.
 */
public final class ClientTermBench {
  /** Rounds not counted: the in-process server's JIT needs a few thousand calls to settle. */
  private static final int WARM_UP = 3;

  private ClientTermBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    try (StandaloneMock mock = StandaloneMock.start(1, 300)) {
      Budget budget = Budget.polite().withRate(1, 100_000);
      NetCityConnection connection =
          new NetCityConnection(
              URI.create(mock.baseUrl()), "zavuch", "Завуч2021!", mock.schoolId());
      List<Long> overheads = new ArrayList<>();
      for (int round = 1 - WARM_UP; round <= rounds; round++) {
        try (NetCityClient client = NetCityClient.open(connection, budget)) {
          ClassRef schoolClass = client.classes().get(0);
          List<StudentRef> students = client.students(schoolClass);
          TermRef term = client.terms(schoolClass).get(0);
          int yearId = client.currentYear().id();
          BareLoop loop = new BareLoop(mock.baseUrl(), client);
          // Alternate which side goes first so JIT warm-up and GC favour neither.
          Bare bareBefore =
              Math.floorMod(round, 2) == 0 ? bareLoop(loop, students, term, yearId) : null;
          long requestsBefore = client.requests();
          long bytesBefore = client.bytes();
          long start = System.nanoTime();
          for (StudentRef student : students) {
            for (LocalDate monday = term.start().with(DayOfWeek.MONDAY);
                !monday.isAfter(term.end());
                monday = monday.plusWeeks(1)) {
              client.diary(student.id(), monday, monday.plusDays(6), yearId);
            }
          }
          long clientNanos = System.nanoTime() - start;
          long clientRequests = client.requests() - requestsBefore;
          long clientBytes = client.bytes() - bytesBefore;
          Bare bare = bareBefore != null ? bareBefore : bareLoop(loop, students, term, yearId);
          long reportStart = System.nanoTime();
          StudentRef first = students.get(0);
          int subjectId = client.subjects(schoolClass, first).get(0).id();
          long rows =
              client
                      .reports()
                      .grades(schoolClass, first, subjectId, term.start(), term.end())
                      .size()
                  + client.reports().termMarks(schoolClass, first).size()
                  + client.reports().attendance(schoolClass, term.start(), term.end()).size()
                  + client.reports().journalAccess(schoolClass, term.start(), term.end()).size();
          long reportNanos = System.nanoTime() - reportStart;
          double overhead = 100.0 * (clientNanos - bare.nanos) / bare.nanos;
          System.out.printf(
              "%s: class of %d students, %s (%s..%s)%n"
                  + "  client diary: %d requests, %d ms, %d bytes%n"
                  + "  bare loop   : %d requests, %d ms, %d bytes%n"
                  + "  overhead    : %+.1f %%%n"
                  + "  four reports: %d rows, %d ms (queue + hub + file + parse)%n",
              round <= 0 ? "warm-up" : "round " + round,
              students.size(),
              term.name(),
              term.start(),
              term.end(),
              clientRequests,
              clientNanos / 1_000_000,
              clientBytes,
              bare.requests,
              bare.nanos / 1_000_000,
              bare.bytes,
              overhead,
              rows,
              reportNanos / 1_000_000);
          if (round > 0) {
            overheads.add(Math.round(overhead));
          }
        }
      }
      overheads.sort(null);
      System.out.printf(
          "median overhead over %d rounds: %+d %%%n", rounds, overheads.get(rounds / 2));
    }
  }

  private record Bare(long requests, long nanos, long bytes) {}

  private static Bare bareLoop(BareLoop bare, List<StudentRef> students, TermRef term, int yearId)
      throws Exception {
    long requests = 0;
    long bytes = 0;
    long start = System.nanoTime();
    for (StudentRef student : students) {
      for (LocalDate monday = term.start().with(DayOfWeek.MONDAY);
          !monday.isAfter(term.end());
          monday = monday.plusWeeks(1)) {
        bytes += bare.diary(student.id(), monday, monday.plusDays(6), yearId);
        requests++;
      }
    }
    return new Bare(requests, System.nanoTime() - start, bytes);
  }
}
