package ru.netcity.gateway.notify;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code gateway.notify.events.*} keys: what the nightly changes put into the outbox; see
 * {@code config/application.yaml}.
 *
 * @param templates the folder of the Russian message templates, one file per message kind
 * @param quietFrom default start of the quiet hours (school time)
 * @param quietTo default end of the quiet hours: a message due in between waits until then
 * @param digestAt school time of the evening digest, for parents who chose it
 * @param dailyCap default most messages a parent gets a school day per channel
 * @param floodThreshold a run whose changes calling for messages pass this is held for release
 * @param forecastDaysBefore the term forecast goes this many days before a term ends
 * @param classDigestCron when the class teachers' digest of the previous day is made (Quartz cron,
 *     school time)
 */
@Validated
@ConfigurationProperties("gateway.notify.events")
public record NotifyEventsProperties(
    @NotNull Path templates,
    @NotNull LocalTime quietFrom,
    @NotNull LocalTime quietTo,
    @NotNull LocalTime digestAt,
    @Min(1) @Max(1000) int dailyCap,
    @Min(1) int floodThreshold,
    @Min(1) @Max(60) int forecastDaysBefore,
    @NotBlank String classDigestCron) {

  /** The defaults of {@code config/application.yaml}. */
  public static NotifyEventsProperties defaults() {
    return new NotifyEventsProperties(
        Path.of("config", "notify"),
        LocalTime.of(21, 0),
        LocalTime.of(8, 0),
        LocalTime.of(19, 0),
        30,
        3000,
        14,
        "0 0 7 * * ?");
  }

  public NotifyEventsProperties withFloodThreshold(int threshold) {
    return new NotifyEventsProperties(
        templates,
        quietFrom,
        quietTo,
        digestAt,
        dailyCap,
        threshold,
        forecastDaysBefore,
        classDigestCron);
  }
}
