package ru.netcity.gateway.audit;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code gateway.audit.*} keys; see {@code config/application.yaml}. The school's time zone is
 * {@code gateway.sync.time-zone}.
 *
 * @param rulesDir directory of the rule sets; when missing, the sets packaged in the jar are used
 * @param studentNamesFromAis look names up in the AIS when findings are shown (ids only otherwise)
 */
@Validated
@ConfigurationProperties("gateway.audit")
public record AuditProperties(
    @DefaultValue("./config/rules") @NotNull Path rulesDir,
    @DefaultValue("true") boolean studentNamesFromAis) {}
