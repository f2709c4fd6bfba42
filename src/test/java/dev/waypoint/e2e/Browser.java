package dev.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its own chromedriver; nothing is downloaded. Elements are
 * found the way a person finds them: by the text of links and buttons, and by field labels.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    public final ChromeDriver driver;
    private final Path profileDir;

    public Browser() throws IOException {
        this(true);
    }

    /** A browser that runs the page's scripts, or one with JavaScript turned off, as some people browse. */
    public Browser(boolean javaScript) throws IOException {
        profileDir = Files.createTempDirectory("waypoint-chromium");
        ChromeOptions options = new ChromeOptions();
        if (!javaScript) {
            options.setExperimentalOption(
                    "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Takes over a sign-in made over HTTP (a real OIDC flow through the dev provider, for a fresh
     * person): the browser gets its cookies for the app at {@code root}.
     */
    public void adopt(String root, java.util.Map<String, String> cookies) {
        driver.manage().deleteAllCookies();
        open(root + "/q/health/live");
        cookies.forEach((name, value) -> driver.manage().addCookie(new org.openqa.selenium.Cookie(name, value, "/")));
    }

    /** Whether the page is wider than the window: a phone would scroll it sideways. */
    public boolean scrollsSideways() {
        Object wider = driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(wider);
    }

    /** The window's size, {@code width} by 900 pixels. */
    public void resize(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
    }

    public WebElement link(String text) {
        return driver.findElement(By.xpath("//a[normalize-space()=" + literal(text) + "]"));
    }

    public WebElement button(String text) {
        return driver.findElement(By.xpath("//button[normalize-space()=" + literal(text) + "]"));
    }

    /** The summary of a closed section that opens on demand (a details element), by its text. */
    public WebElement disclosure(String text) {
        return driver.findElement(By.xpath("//summary[starts-with(normalize-space(), " + literal(text) + ")]"));
    }

    /** The form control whose label reads {@code label}. */
    public WebElement field(String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** The message shown beside the field labelled {@code label}. */
    public String messageBeside(String label) {
        String id = field(label).getAttribute("id");
        return driver.findElement(By.id(id + "-error")).getText();
    }

    /**
     * Sets the field labelled {@code label} as the browser's own date or time picker would: typing
     * into those depends on the machine's locale.
     */
    public void setValue(String label, String value) {
        driver.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                field(label),
                value);
    }

    public WebElement heading(int level) {
        return driver.findElement(By.tagName("h" + level));
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public void waitForText(String text) {
        patiently()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//*[contains(normalize-space(), " + literal(text) + ")]")));
    }

    public void waitUntil(java.util.function.Supplier<Boolean> condition) {
        patiently().until(ignored -> condition.get());
    }

    /** Waits up to 10 s; an element htmx swaps out mid-check is simply looked up again. */
    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Fails on serious or critical accessibility problems on the current page. */
    public void assertAccessible() {
        Results results = new AxeBuilder().analyze(driver);
        List<String> problems = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(Browser::describe)
                .collect(Collectors.toList());
        assertThat(problems).as("axe-core on " + driver.getCurrentUrl()).isEmpty();
    }

    public void screenshot(String name) throws IOException {
        screenshot(name, 1280);
    }

    /** The whole page at {@code width} pixels (390 is a phone). */
    public void screenshot(String name, int width) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        // Grow the window to the page's height so the picture shows the whole page.
        Object height = driver.executeScript("return document.documentElement.scrollHeight;");
        int pageHeight = Math.min(4000, Math.max(900, ((Number) height).intValue()));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, pageHeight));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " ("
                + rule.getNodes().size() + " elements)";
    }

    /** An XPath string literal, safe for text containing quotes. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
