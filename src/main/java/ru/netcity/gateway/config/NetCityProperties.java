package ru.netcity.gateway.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.NetCityConnection;

/**
 * The {@code netcity.*} keys: where the AIS is and as whom to log in (also read from the
 * environment as NETCITY_BASE_URL, NETCITY_LOGIN, NETCITY_PASSWORD, NETCITY_SCHOOL), and the
 * request budget. The password comes from the environment or {@code password-file}, never from a
 * committed file. The AIS address must be {@code https} (plain {@code http} only on loopback): an
 * other address stops the start with a message saying so.
 */
@Validated
@ConfigurationProperties("netcity")
public record NetCityProperties(
    URI baseUrl,
    String login,
    String password,
    Path passwordFile,
    String school,
    @Valid @NotNull BudgetProperties budget) {

  public NetCityProperties {
    if (baseUrl != null && !baseUrl.toString().isBlank()) {
      NetCityConnection.requireHttps(baseUrl);
    }
  }

  /** The connection, or empty when no AIS is configured (the embedded mock then stands in). */
  public Optional<NetCityConnection> connection() {
    if (baseUrl == null || baseUrl.toString().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new NetCityConnection(baseUrl, login, secret(), school));
  }

  private String secret() {
    return Secrets.of(
        password,
        passwordFile,
        "NETCITY_PASSWORD (netcity.password)",
        "netcity.password-file",
        "set NETCITY_PASSWORD or netcity.password-file");
  }

  @Override
  public String toString() {
    return "NetCityProperties[baseUrl="
        + baseUrl
        + ", login="
        + login
        + ", school="
        + school
        + ", password="
        + (password == null || password.isEmpty() ? "unset" : "***")
        + ", passwordFile="
        + passwordFile
        + ", budget="
        + budget
        + "]";
  }

  /**
   * See {@link Budget} for the meaning of each key; {@code mode} says where the budget is kept and
   * {@code maxWait} bounds a request's wait for the shared one.
   */
  public record BudgetProperties(
      @NotNull Mode mode,
      @NotNull Duration maxWait,
      @Min(1) @Max(64) int maxConcurrent,
      @DecimalMin("0.1") double requestsPerSecond,
      @NotNull Duration connectTimeout,
      @NotNull Duration readTimeout,
      @NotNull Duration reportTimeout,
      @NotNull Duration keepAlive,
      @Min(0) @Max(10) int retries,
      @NotNull Duration retryBackoff,
      @NotNull Duration retryTotal,
      @NotNull DataSize maxJsonSize,
      @NotNull DataSize maxReportSize,
      @Valid @NotNull BreakerProperties breaker) {
    public Budget toBudget() {
      return new Budget(
          maxConcurrent,
          requestsPerSecond,
          connectTimeout,
          readTimeout,
          reportTimeout,
          keepAlive,
          retries,
          retryBackoff,
          retryTotal,
          maxJsonSize.toBytes(),
          maxReportSize.toBytes(),
          new Budget.Breaker(breaker.failureRate(), breaker.window(), breaker.openFor()));
    }
  }

  /** Where the per-host budget is kept. */
  public enum Mode {
    /** In this process (one machine). */
    LOCAL,
    /** In the PostgreSQL database, for all replicas together. */
    SHARED
  }

  /** See {@link Budget.Breaker}. */
  public record BreakerProperties(
      @Min(1) @Max(100) int failureRate,
      @Min(1) @Max(1000) int window,
      @NotNull Duration openFor) {}
}
