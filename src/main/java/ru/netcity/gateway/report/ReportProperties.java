package ru.netcity.gateway.report;

import jakarta.validation.Valid;
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
   */
  public record Mail(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("0 0 7 ? * MON") @NotNull String cron,
      @DefaultValue("gateway@school.example") @NotNull String from) {}
}
