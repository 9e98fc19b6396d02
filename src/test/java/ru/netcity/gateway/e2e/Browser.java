package ru.netcity.gateway.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import ru.netcity.gateway.support.RequiredServices;

/**
 * Debian's headless Chromium through its chromium-driver, never a downloaded one: both paths are
 * given, so Selenium Manager is not asked. Without them the test is skipped, or fails under {@code
 * it.require-services=true} ({@code .ci/run} installs them).
 */
final class Browser {
  static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));

  private Browser() {}

  /** What is missing of Chromium and its driver, if anything. */
  static Optional<String> missing() {
    return Stream.of(CHROMIUM, CHROMEDRIVER)
        .filter(exe -> !Files.isExecutable(exe))
        .map(exe -> exe + " is not installed")
        .findFirst();
  }

  /** Skips the calling test, or fails when services are required (see RequiredServices). */
  static void requireInstalled() {
    RequiredServices.require(
        "Chromium (apt-get install chromium chromium-driver)",
        () -> {
          if (missing().isPresent()) {
            throw new IllegalStateException(missing().get());
          }
        });
  }

  /** A fresh browser (its own profile: no cookies) that saves downloads into {@code downloads}. */
  static ChromeDriver start(Path downloads) {
    requireInstalled();
    try {
      Files.createDirectories(downloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // root in a container has no user namespaces for the sandbox
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1366,900",
        "--lang=ru-RU");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false,
            "plugins.always_open_pdf_externally",
            true,
            "intl.accept_languages",
            "ru-RU,ru"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
