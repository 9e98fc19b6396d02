package ru.netcity.gateway.nights;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import ru.netcity.mock.school.Change;

/**
 * The events a ledger synced at the given moments must hold, derived from the truth's changes of
 * each night ({@code Changes.between} the previous sync and this one) by the gateway's rules:
 *
 * <ul>
 *   <li>A sync sees the state at its moment of every entry whose lesson date is not after that day:
 *       several writes between two syncs show as their net effect, and an entry added and deleted
 *       between two syncs is never seen.
 *   <li>ADDED when an entry shows that the ledger holds as absent or deleted; CHANGED when its
 *       value differs, or when the AIS wrote it again since (a new entry time in the journal log).
 *   <li>DELETED at the second sync in a row that misses a live entry (two complete pulls and a
 *       confirming re-fetch at the same moment); an entry missed once and back is not deleted.
 * </ul>
 */
final class NightModel {
  /** One ledger event as the test compares it. */
  record Event(String kind, String change, String key, String value) {
    @Override
    public String toString() {
      return change + " " + key + " = " + value;
    }
  }

  private record State(String value, LocalDateTime at) {}

  private static final class Held {
    boolean live;
    String value;
    LocalDateTime at;
    int missing;
  }

  private final Map<String, List<Change>> byKey = new LinkedHashMap<>();

  /** {@code changes} in time order: those of every night after the baseline sync. */
  NightModel(List<Change> changes) {
    for (Change c : changes) {
      byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
  }

  /** The keys the truth names. */
  Set<String> keys() {
    return new TreeSet<>(byKey.keySet());
  }

  /**
   * The expected events of each sync after the baseline ({@code nights.get(0)}), per night; and in
   * {@code pending} the keys left live after one missed sync at the end.
   */
  List<List<Event>> events(List<LocalDateTime> nights, Set<String> pending) {
    List<List<Event>> perNight = new ArrayList<>();
    for (int n = 1; n < nights.size(); n++) {
      perNight.add(new ArrayList<>());
    }
    for (var entry : byKey.entrySet()) {
      List<Change> changes = entry.getValue();
      Change first = changes.get(0);
      Held held = new Held();
      State initial = first.change().equals("ADDED") ? null : new State(first.previous(), null);
      held.live = initial != null && visible(first, nights.get(0));
      held.value = initial == null ? null : initial.value();
      for (int n = 1; n < nights.size(); n++) {
        LocalDateTime night = nights.get(n);
        State now = initial;
        for (Change c : changes) {
          if (!c.at().isAfter(night)) {
            now = c.value() == null ? null : new State(c.value(), c.at());
          }
        }
        List<Event> out = perNight.get(n - 1);
        if (now != null && visible(first, night)) {
          if (!held.live) {
            out.add(new Event(first.kind(), "ADDED", entry.getKey(), now.value()));
          } else if (!now.value().equals(held.value)
              || (now.at() != null && !Objects.equals(now.at(), held.at))) {
            out.add(new Event(first.kind(), "CHANGED", entry.getKey(), now.value()));
          }
          held.live = true;
          held.value = now.value();
          held.at = now.at();
          held.missing = 0;
        } else if (held.live && ++held.missing >= 2) {
          out.add(new Event(first.kind(), "DELETED", entry.getKey(), held.value));
          held.live = false;
        }
      }
      if (held.live && held.missing > 0) {
        pending.add(entry.getKey());
      }
    }
    return perNight;
  }

  private static boolean visible(Change c, LocalDateTime night) {
    return !c.lessonDate().isAfter(night.toLocalDate());
  }

  /** Every key's changes, grouped (for messages). */
  Map<String, List<Change>> changes() {
    return new HashMap<>(byKey);
  }
}
