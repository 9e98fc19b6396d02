package ru.netcity.gateway.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code gateway.report.*} keys; see {@code config/application.yaml}.
 *
 * @param director the director's name the certification block of printed documents shows (5.1)
 * @param school the school's name in the documents' headings
 * @param mail the scheduled e-mails (routes/weekly-reports)
 */
@Validated
@ConfigurationProperties("gateway.report")
public record ReportProperties(
    @DefaultValue("") String director,
    @DefaultValue("") String school,
    @Valid @NotNull @DefaultValue Mail mail) {

  /**
   * @param enabled send the weekly reports (needs an SMTP server)
   * @param cron when they are sent (Quartz, seconds first), in the school's time zone
   * @param from the sender's address
   * @param host the SMTP server
   * @param username empty = the server takes mail without signing in
   * @param password only from the environment (GATEWAY_REPORT_MAIL_PASSWORD)
   */
  public record Mail(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("0 0 7 ? * MON") @NotNull String cron,
      @DefaultValue("gateway@school.example") @NotNull String from,
      @DefaultValue("127.0.0.1") @NotNull String host,
      @DefaultValue("25") @Min(1) @Max(65535) int port,
      @DefaultValue("") String username,
      @DefaultValue("") String password) {

    @Override
    public String toString() {
      return "Mail[enabled=%s, cron=%s, from=%s, host=%s, port=%d, username=%s, password=%s]"
          .formatted(enabled, cron, from, host, port, username, password.isEmpty() ? "" : "***");
    }
  }
}
