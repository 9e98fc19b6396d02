package ru.netcity.gateway.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need an outside server (PostgreSQL, RabbitMQ): without one they are skipped on a
 * laptop, but fail when the system property {@code it.require-services} is {@code true} (CI), so a
 * missing server can never turn into a silently green build.
 */
public final class RequiredServices {

  /** The system property surefire passes from the pom property of the same name. */
  public static final String REQUIRE_PROPERTY = "it.require-services";

  /** A check that throws when the service is not there. */
  @FunctionalInterface
  public interface Probe {
    void run() throws Exception;
  }

  private RequiredServices() {}

  public static boolean required() {
    return Boolean.parseBoolean(System.getProperty(REQUIRE_PROPERTY, "false"));
  }

  /** Skips the calling test (class, when called from {@code @BeforeAll}) or fails, see above. */
  public static void require(String service, Probe probe) {
    try {
      probe.run();
    } catch (Exception e) {
      unavailable(service + " is unavailable: " + e);
    }
  }

  /**
   * Connects to PostgreSQL as the first of {@code users} that works (no password: trust auth) and
   * returns that user.
   */
  public static String requirePostgres(String url, String... users) {
    List<String> failures = new ArrayList<>();
    for (String user : users) {
      Properties props = new Properties();
      props.setProperty("user", user);
      props.setProperty("connectTimeout", "3");
      try (Connection c = DriverManager.getConnection(url, props)) {
        if (c.isValid(3)) {
          return user;
        }
        failures.add(user + ": connection not valid");
      } catch (Exception e) {
        failures.add(user + ": " + e.getMessage());
      }
    }
    unavailable("PostgreSQL at " + url + " is unavailable " + failures);
    return null; // unreachable: unavailable always throws
  }

  private static void unavailable(String message) {
    if (required()) {
      fail(message + " and " + REQUIRE_PROPERTY + "=true, so this test must not be skipped");
    }
    Assumptions.abort(message + "; skipped (set -D" + REQUIRE_PROPERTY + "=true to fail instead)");
  }
}
