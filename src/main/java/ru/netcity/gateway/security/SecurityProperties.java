package ru.netcity.gateway.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code gateway.security.*} keys; see {@code config/application.yaml}.
 *
 * @param maxFailures failed sign-ins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param minPasswordLength the shortest password {@code users add|passwd} accepts
 * @param maxBodySize the largest HTTP request body; more answers 400
 */
@Validated
@ConfigurationProperties("gateway.security")
public record SecurityProperties(
    @DefaultValue("5") @Min(1) @Max(100) int maxFailures,
    @DefaultValue("15m") @NotNull Duration lockout,
    @DefaultValue("10") @Min(8) @Max(64) int minPasswordLength,
    @DefaultValue("64KB") @NotNull DataSize maxBodySize) {}
