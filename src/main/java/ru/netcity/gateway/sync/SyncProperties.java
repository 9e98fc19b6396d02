package ru.netcity.gateway.sync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code gateway.sync.*} keys; see {@code config/application.yaml} for each one's meaning.
 *
 * @param misfireInstruction Quartz cron misfire policy: 1 = fire once now, 2 = do nothing
 * @param unitsUri the Camel endpoint the night's units go through (routes nightly-sync, sync-unit)
 * @param leaseTtl how long a school's run lock lasts unless its holder renews it
 * @param maxAge the health check {@code sync} is DOWN when the last complete run is older
 */
@Validated
@ConfigurationProperties("gateway.sync")
public record SyncProperties(
    @NotBlank String cron,
    @NotNull ZoneId timeZone,
    @Min(1) @Max(2) int misfireInstruction,
    boolean onStart,
    @Min(1) @Max(120) int lookbackDays,
    @NotNull DayOfWeek fullResyncDay,
    @Min(1) @Max(32) int unitsInParallel,
    @NotBlank String unitsUri,
    @NotNull Duration runDeadline,
    @NotNull Duration leaseTtl,
    @NotNull Duration maxAge) {}
