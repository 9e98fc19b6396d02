package ru.netcity.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.netcity.gateway.security.AccountException;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;

/**
 * The gateway on a random port against the bundled mock school, and a real headless Chromium on it:
 * the base of the end-to-end tests. Page helpers sign in through the Russian form, open pages, save
 * screenshots under {@code target/e2e/<test class>/} (a test artifact) and give the folder the
 * browser downloads files into. Each test gets a fresh browser, so no session is left over.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camel.main.main-run-controller=false",
      "gateway.data-dir=./target/e2e-data",
      "gateway.embedded-mock.seed=32",
      "gateway.embedded-mock.students=40",
      "gateway.sync.on-start=false",
      "spring.datasource.url=jdbc:h2:mem:e2e;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@ExtendWith(ChromiumInstalled.class)
public abstract class BrowserTestBase {
  /** Every account the tests add signs in with this password. */
  protected static final String PASSWORD = "пароль-для-браузера";

  /** Where screenshots and downloads are kept after the run. */
  protected static final Path ARTIFACTS = Path.of("target", "e2e");

  @LocalServerPort protected int port;
  @Autowired protected Accounts accounts;

  protected ChromeDriver browser;
  private Path folder;

  /** Before the gateway starts: fails without Chromium when services are required (CI). */
  @BeforeAll
  static void chromiumInstalled() {
    Browser.requireInstalled();
  }

  @BeforeEach
  void openBrowser(TestInfo test) {
    folder =
        ARTIFACTS.resolve(
            getClass().getSimpleName()
                + "/"
                + test.getTestMethod().map(m -> m.getName()).orElse("test"));
    browser = Browser.start(downloads());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Adds the account (or resets its password when an earlier test of the context added it). */
  protected void account(String login, Role role, String name, String... classes) {
    try {
      accounts.add(login, role, name, List.of(classes), PASSWORD);
    } catch (AccountException e) {
      accounts.passwd(login, PASSWORD);
    }
  }

  /** Signs in through the login form and waits for the page it leads to. */
  protected void signIn(String login) {
    open("/login");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Вход в шлюз");
    browser.findElement(By.id("username")).sendKeys(login);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !browser.getCurrentUrl().contains("/login"));
  }

  /** Opens a path of the gateway ({@code /…}) and returns the page's visible text. */
  protected String open(String path) {
    browser.get(url(path));
    return text();
  }

  protected String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** The path of the page the browser shows, without the host. */
  protected String currentPath() {
    return browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
  }

  /**
   * An API call from the signed-in page (its session cookie, as the page's own scripts would):
   * {@code status} and {@code body} of the answer.
   */
  @SuppressWarnings("unchecked")
  protected Map<String, Object> fetch(String path) {
    return (Map<String, Object>)
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin',"
                + " headers: {'Accept': 'application/json'}})"
                + ".then(r => r.text().then(t => done({status: r.status, body: t})))"
                + ".catch(e => done({status: -1, body: String(e)}));",
            path);
  }

  /** Saves what the browser shows as {@code <name>.png} among the test's artifacts. */
  protected Path screenshot(String name) {
    try {
      Files.createDirectories(folder);
      Path png = folder.resolve(name + ".png");
      Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder the browser saves downloaded files into (one per test). */
  protected Path downloads() {
    return folder.resolve("downloads").toAbsolutePath();
  }

  /** Waits until a download with that file-name ending is complete, and returns it. */
  protected Path downloaded(String suffix) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              try (Stream<Path> files = Files.list(downloads())) {
                return files
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                    .findFirst()
                    .orElse(null);
              }
            },
            f -> f != null);
  }
}
