package ru.netcity.gateway.netcity;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.netcity.dto.Diary;

/**
 * Which AIS hosts answer a diary request for a whole window (a unit's term or nightly span) in one
 * answer. Public clients ask the diary for any span, but whether the server rounds it to weeks is
 * unknown (netcity-api.md §2.1): the first answer that covers less than was asked marks its host,
 * and from then on, for the life of the process, that host is read a week per request.
 */
public final class DiaryWindows {
  private static final Logger LOG = LoggerFactory.getLogger(DiaryWindows.class);

  private final Set<String> weekly = ConcurrentHashMap.newKeySet();

  /** Whether a whole window is worth asking of that host (false once it answered less). */
  public boolean tryWhole(String host) {
    return !weekly.contains(host);
  }

  /**
   * Whether the answer holds the whole span asked: its {@code weekStart}/{@code weekEnd} cover it
   * and none of its days lies outside. When not, the host is read by weeks from now on.
   */
  public boolean answeredWhole(String host, Diary answer, LocalDate from, LocalDate to) {
    boolean whole =
        answer.weekStart() != null
            && answer.weekEnd() != null
            && !answer.weekStart().isAfter(from)
            && !answer.weekEnd().isBefore(to)
            && answer.weekDays().stream()
                .allMatch(
                    d -> d.date() != null && !d.date().isBefore(from) && !d.date().isAfter(to));
    if (!whole && weekly.add(host)) {
      LOG.info(
          "the AIS at {} answered the diary for {}..{} with {}..{}: reading it a week per request",
          host,
          from,
          to,
          answer.weekStart(),
          answer.weekEnd());
    }
    return whole;
  }
}
