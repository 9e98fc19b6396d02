package ru.netcity.gateway.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.netcity.NetCityClient;

/**
 * A school's run between its plan and its barrier, in this process: the AIS session, the run lock,
 * the pools its units' reads share, what the classes looked like at the plan, and the tally.
 */
final class OpenRun {
  final int schoolId;
  final String runId;
  final NetCityClient client;
  final SyncLease.Held lease;
  final UnitPuller puller;

  /** The diary reads of the run's units (netcity.budget.max-concurrent threads). */
  final ExecutorService fetchPool;

  /** Where a unit's pull runs, so that the run's deadline can stop it. */
  final ExecutorService pullPool;

  final Map<Integer, SchoolClass> classes;
  final List<UnitScope> planned;
  final Set<String> plannedKeys;
  final int toPull;
  final int givenUpAtPlan;
  final SyncProgress progress;
  final long startNanos;
  final long deadlineNanos;

  /**
   * The run's ledger writes, one at a time in this process: the ledger serialises a school's
   * appends anyway (its chain head row), and a consumer waiting here costs no database lock wait.
   */
  final ReentrantLock writes = new ReentrantLock();

  final Set<String> ended = ConcurrentHashMap.newKeySet();
  final AtomicInteger finished;
  final AtomicInteger incomplete = new AtomicInteger();
  final AtomicInteger issues = new AtomicInteger();
  final AtomicLong records = new AtomicLong();
  final AtomicBoolean planSent = new AtomicBoolean();
  final AtomicBoolean closing = new AtomicBoolean();
  final CompletableFuture<SyncOutcome> outcome = new CompletableFuture<>();

  OpenRun(
      int schoolId,
      String runId,
      NetCityClient client,
      SyncLease.Held lease,
      UnitPuller puller,
      ExecutorService fetchPool,
      ExecutorService pullPool,
      Map<Integer, SchoolClass> classes,
      List<UnitScope> planned,
      Set<String> plannedKeys,
      int toPull,
      int givenUpAtPlan,
      int alreadyDone,
      SyncProgress progress,
      long startNanos,
      long deadlineNanos) {
    this.schoolId = schoolId;
    this.runId = runId;
    this.client = client;
    this.lease = lease;
    this.puller = puller;
    this.fetchPool = fetchPool;
    this.pullPool = pullPool;
    this.classes = classes;
    this.planned = planned;
    this.plannedKeys = plannedKeys;
    this.toPull = toPull;
    this.givenUpAtPlan = givenUpAtPlan;
    this.finished = new AtomicInteger(alreadyDone);
    this.progress = progress;
    this.startNanos = startNanos;
    this.deadlineNanos = deadlineNanos;
  }

  boolean pastDeadline() {
    return System.nanoTime() - deadlineNanos >= 0;
  }

  /** Ends the pools, the AIS session and the run lock; each once, whatever fails. */
  void release() {
    pullPool.shutdownNow();
    fetchPool.shutdownNow();
    try {
      client.close();
    } finally {
      lease.close();
    }
  }
}
