package ru.netcity.gateway.notify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders a channel's batch so that messages to one chat are spread out: one per contact in turn, in
 * the batch's order. A per-chat limit (Telegram: 1 a second) then rarely holds the channel.
 */
final class RoundRobin {
  private RoundRobin() {}

  static List<Outgoing> byContact(List<Outgoing> messages) {
    Map<String, Deque<Outgoing>> queues = new LinkedHashMap<>();
    for (Outgoing m : messages) {
      queues.computeIfAbsent(String.valueOf(m.contact()), k -> new ArrayDeque<>()).add(m);
    }
    List<Outgoing> ordered = new ArrayList<>(messages.size());
    while (!queues.isEmpty()) {
      var it = queues.values().iterator();
      while (it.hasNext()) {
        Deque<Outgoing> q = it.next();
        ordered.add(q.poll());
        if (q.isEmpty()) {
          it.remove();
        }
      }
    }
    return ordered;
  }
}
