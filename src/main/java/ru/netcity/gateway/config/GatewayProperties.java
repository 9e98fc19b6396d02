package ru.netcity.gateway.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code gateway.*} keys of {@code config/application.yaml}.
 *
 * @param dataDir where everything the gateway writes lives by default
 * @param embeddedMock the bundled mock AIS the embedded default talks to
 */
@Validated
@ConfigurationProperties("gateway")
public record GatewayProperties(@NotNull Path dataDir, @Valid @NotNull EmbeddedMock embeddedMock) {

  /**
   * @param enabled start mock-netcity inside the gateway and read from it
   * @param seed the generated school's seed
   * @param students the generated school's size
   * @param port 0 picks a free port
   * @param polite whether netcity.budget's request rate holds for the embedded mock too (it runs in
   *     this process, so by default its requests are not spaced out)
   */
  public record EmbeddedMock(
      boolean enabled,
      long seed,
      @Min(20) @Max(2000) int students,
      @Min(0) @Max(65535) int port,
      boolean polite) {}
}
