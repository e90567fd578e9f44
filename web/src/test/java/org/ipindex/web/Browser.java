package org.ipindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven by Selenium for the browser tests: Debian's {@code chromium} and
 * {@code chromium-driver} (scripts/setup.sh installs them; nothing is downloaded), a fresh profile, the
 * browser console captured, screenshots written to {@code target/screenshots}. Without the browser a
 * test fails with a message saying how to install it: CI must never skip the browser tests.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser start() {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
        .as("the browser tests need Debian's chromium and chromium-driver (%s, %s); run scripts/setup.sh to install them",
            CHROMIUM, DRIVER)
        .isTrue();
    try {
      Path profile = Files.createTempDirectory("ipindex-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--disable-quic", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN", "--hide-scrollbars");
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort().withLogOutput(java.io.OutputStream.nullOutputStream()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a page and waits until its scripts have run (the page's main content replaced the placeholder). */
  void open(URI uri) {
    driver.get(uri.toString());
    waitUntil("the page rendered", () -> Boolean.TRUE.equals(script(
        "return document.readyState === 'complete' && !!document.querySelector('#main') "
            + "&& !document.querySelector('#main > p.muted:only-child');")));
  }

  /** Waits until every chart on the page is drawn (ECharts' finished event). */
  void chartsDrawn() {
    waitUntil("the charts were drawn", () -> Boolean.TRUE.equals(script(
        "const c = [...document.querySelectorAll('.chart')]; return c.every(x => x.dataset.drawn === 'yes');")));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  void waitUntil(String what, java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(what).until(d -> condition.get());
  }

  /** Returns the console messages of level SEVERE (errors) since the last read of the console. */
  List<String> consoleErrors() {
    return console().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  /** Returns every console message since the last read of the console. */
  List<LogEntry> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** Writes a screenshot of the window to target/screenshots/NAME.png and returns its path. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a screenshot of the whole page (beyond the window) to target/screenshots/NAME.png. */
  Path fullPage(String name) {
    Object height = script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
    long h = Math.min(6000, ((Number) height).longValue());
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", h, "deviceScaleFactor", 1,
        "mobile", false));
    try {
      return screenshot(name);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> all = Files.walk(profile)) {
        all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // the profile is in the temporary directory; a leftover does no harm
      }
    }
  }
}
