package ru.netcity.gateway.routes;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.sync.PulledUnit;
import ru.netcity.gateway.sync.SyncBarrier;
import ru.netcity.gateway.sync.SyncEvent;
import ru.netcity.gateway.sync.SyncPlan;
import ru.netcity.gateway.sync.SyncUnit;
import ru.netcity.gateway.sync.SyncUnits;
import ru.netcity.gateway.sync.UnitEnded;

/**
 * Stand-ins for the sync's beans in the route tests: a plan of {@code units} units, unit steps that
 * pass each unit on (done), and a barrier that says the school is complete once it has heard the
 * plan's end and every unit, as the real one does.
 */
final class SyncFlowStubs {
  private SyncFlowStubs() {}

  static SyncPlan plan(int units) {
    String runId = "run-" + units;
    LocalDate monday = LocalDate.of(2025, 9, 1);
    return new SyncPlan(
        1,
        runId,
        IntStream.range(0, units)
            .mapToObj(
                i -> new SyncUnit(1, runId, new UnitScope(1, 100 + i, monday, monday.plusDays(6))))
            .toList());
  }

  static void stub(SyncUnits units, SyncBarrier barrier, SyncPlan plan) {
    doAnswer(call -> new PulledUnit(call.getArgument(0), null, System.nanoTime()))
        .when(units)
        .pull(any());
    doAnswer(
            call -> {
              PulledUnit pulled = call.getArgument(0);
              return new UnitEnded(pulled.unit(), true, 0, 0, Duration.ZERO);
            })
        .when(units)
        .record(any());
    Set<String> heard = ConcurrentHashMap.newKeySet();
    doAnswer(
            call -> {
              SyncEvent event = call.getArgument(0);
              heard.add(event instanceof UnitEnded u ? u.unit().key() : "plan");
              List<String> all =
                  plan.units().stream()
                      .map(SyncUnit::key)
                      .collect(java.util.stream.Collectors.toList());
              synchronized (heard) {
                return heard.contains("plan") && heard.containsAll(all) && heard.add("closed");
              }
            })
        .when(barrier)
        .ended(any());
  }
}
