package ru.netcity.gateway.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The ledger on the health endpoint: the newest verification of each school (result, seq, time);
 * DOWN while the newest one found a ledger broken, UNKNOWN before any.
 */
public final class LedgerHealth implements HealthIndicator {
  private final LedgerVerifier verifier;

  public LedgerHealth(LedgerVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public Health health() {
    List<VerificationStore.Last> last = verifier.last();
    if (last.isEmpty()) {
      return Health.unknown().withDetail("lastVerification", "none yet").build();
    }
    Health.Builder health =
        last.stream().allMatch(VerificationStore.Last::intact) ? Health.up() : Health.down();
    for (VerificationStore.Last v : last) {
      Map<String, Object> school = new LinkedHashMap<>();
      school.put("result", v.intact() ? "INTACT" : "BROKEN");
      school.put("verifiedSeq", v.verifiedSeq());
      school.put("atUtc", v.at().toString());
      if (!v.intact()) {
        school.put("firstBrokenSeq", v.brokenSeq());
        school.put("problem", v.problem());
      }
      health.withDetail("school " + v.schoolId(), school);
    }
    return health.build();
  }
}
