package ru.netcity.gateway.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code gateway.database.*} keys: how long the start waits for a database that is not up yet
 * (PostgreSQL starting with the machine).
 *
 * @param waitAtStart total time to keep trying before the start fails
 * @param firstRetry pause before the second attempt; it doubles with each further one (at most
 *     {@link DatabaseWait#MAX_PAUSE})
 */
@Validated
@ConfigurationProperties("gateway.database")
public record DatabaseProperties(@NotNull Duration waitAtStart, @NotNull Duration firstRetry) {}
