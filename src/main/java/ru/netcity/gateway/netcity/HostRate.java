package ru.netcity.gateway.netcity;

import io.github.bucket4j.BlockingBucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The request rate of each host across replicas: a Bucket4j token bucket per host in the table
 * {@code request_budget_bucket} (V23), read and written under {@code SELECT ... FOR UPDATE}. It
 * refills {@code requestsPerSecond} greedily and holds 0.2 s of them (at least one) as a burst. A
 * request reserves its token and sleeps until that token's time, so waiters of all replicas start
 * in turn without polling the database. Replicas' clocks must agree (NTP): the bucket's time is the
 * caller's.
 */
final class HostRate {
  static final String TABLE = "request_budget_bucket";

  private final ProxyManager<String> buckets;
  private final BucketConfiguration configuration;
  private final Map<String, BlockingBucket> byHost = new ConcurrentHashMap<>();

  HostRate(DataSource db, double requestsPerSecond) {
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(db)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table(TABLE)
            .build();
    long burst = burst(requestsPerSecond);
    Duration spacing = Duration.ofNanos((long) (1_000_000_000L / requestsPerSecond));
    this.configuration =
        BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(burst).refillGreedy(1, spacing))
            .build();
  }

  /** Starts the bucket allows at once after a quiet spell: 0.2 s of the rate, at least one. */
  static long burst(double requestsPerSecond) {
    return Math.max(1, Math.round(requestsPerSecond * 0.2));
  }

  /** Waits for the next start at {@code host}; false when it would come later than {@code wait}. */
  boolean await(String host, Duration wait) throws InterruptedException {
    try {
      return byHost
          .computeIfAbsent(host, this::bucket)
          .tryConsume(1, wait.isNegative() || wait.isZero() ? Duration.ofNanos(1) : wait);
    } catch (RuntimeException e) {
      throw new NetCityException("cannot read the shared request rate of " + host + ": " + e, e);
    }
  }

  /** The host's bucket; one stored under another rate (a changed config) takes this one. */
  private BlockingBucket bucket(String host) {
    BucketProxy bucket = buckets.builder().build(host, () -> configuration);
    buckets
        .getProxyConfiguration(host)
        .filter(stored -> !stored.equalsByContent(configuration))
        .ifPresent(
            stored -> bucket.replaceConfiguration(configuration, TokensInheritanceStrategy.RESET));
    return bucket.asBlocking();
  }
}
