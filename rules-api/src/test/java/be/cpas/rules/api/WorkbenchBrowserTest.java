package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The web workbench in a real browser: Debian's chromium, headless, driven by chromedriver. Skipped, with a
 * message, on a machine without /usr/bin/chromium and /usr/bin/chromedriver (CI installs them:
 * apt-get install -y chromium chromium-driver). Screenshots go to target/workbench-screenshots/.
 */
@QuarkusTest
class WorkbenchBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "workbench-screenshots");

    private static WebDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed "
                        + "(apt-get install -y chromium chromium-driver)");
        profile = Files.createTempDirectory("workbench-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=fr");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void engineReady() {
        Api.awaitReady();
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    /**
     * A cohabitant (legal cohabitation) with no income of her own, living with her partner who earns a net
     * wage of 1 200,00 €/month, request of 10/03/2025 (amounts in force since 01/02/2025):
     * partner's wage 1 200,00 × 12 = 14 400,00 €/year; counted above the category 1 amount (art 34 §1 AR):
     * 14 400,00 − 10 513,60 = 3 886,40; general exemption of category 1 (art 22 §2 AR): 3 886,40 − 155,00 = 3 731,40;
     * RIS = 10 513,60 − 3 731,40 = 6 782,20 €/year; 6 782,20 / 12 = 565,183… → 565,18 €/month.
     */
    // WebElement.getText() gives the no-break spaces of the amounts (10 513,60) as plain spaces.
    @Test
    void simulatorDecidesACohabitantWithAPartnersWageAndKeepsTheFormInDutch() throws IOException {
        browser.get(url("simulator?lang=fr"));
        fillCohabitantWithPartner();
        clickAndAwait(By.id("decide"), By.id("monthly-amount"));

        assertThat(text("monthly-amount")).isEqualTo("565,18 €");
        assertThat(text("yearly-amount")).isEqualTo("6 782,20 €");
        assertThat(sheetLines()).anySatisfy(line -> assertThat(line)
                .contains("Ressources du partenaire").contains("14 400,00").contains("3 886,40 €"));
        assertThat(sheetLines()).anySatisfy(line -> assertThat(line).contains("155,00").contains("-155,00 €"));
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("Droit accordé");
        // The same dossier through the API gives the same amount.
        var answer = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(Api.decide(cohabitantJson()).statusCode(200).extract().asString());
        assertThat(answer.at("/amount/monthly").decimalValue()).isEqualByComparingTo("565.18");
        assertThat(answer.at("/amount/yearly").decimalValue()).isEqualByComparingTo("6782.20");
        screenshot("simulator-decision");

        // Switch to Dutch: the form is submitted again in Dutch, with every value kept.
        browser.findElement(By.cssSelector("nav.languages a[data-lang='nl']")).click();
        // The old page's element goes stale when the new one arrives between finding it and reading it: look again.
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(b -> "nl".equals(b.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(labelOf("f-applicant-birthDate")).isEqualTo("Geboortedatum");
        assertThat(browser.findElement(By.cssSelector("#decision h2")).getText()).isEqualTo("Beslissing");
        assertThat(value("f-requestDate")).isEqualTo("2025-03-10");
        assertThat(value("f-applicant-birthDate")).isEqualTo("1991-06-21");
        assertThat(value("f-household-0-resources-0-netAmount")).isEqualTo("1200,00");
        assertThat(new Select(browser.findElement(By.id("f-household-0-relation"))).getFirstSelectedOption().getText()).isEqualTo("partner");
        assertThat(text("monthly-amount")).isEqualTo("565,18 €");
        screenshot("simulator-decision-nl");

        // The decision letter, from the same form.
        browser.findElement(By.id("f-letter-fileReference")).sendKeys("RIS/2025/0042");
        clickAndAwait(By.id("print-letter"), By.cssSelector("article.letter"));
        WebElement letter = browser.findElement(By.cssSelector("article.letter"));
        assertThat(letter.getText()).contains("565,18 €").contains("RIS/2025/0042").contains("arbeidsrechtbank")
                .contains("artikel 47").contains("artikel 20").contains("[in te vullen : Naam van het OCMW]");
        screenshot("letter-nl");
    }

    @Test
    void aBadInputIsShownAtItsFieldAndAMissingFactLinksToItsInput() {
        browser.get(url("simulator?lang=fr"));
        fillCohabitantWithPartner();
        browser.findElement(By.id("f-household-0-resources-0-netAmount")).clear();
        browser.findElement(By.id("f-household-0-resources-0-netAmount")).sendKeys("-5");
        browser.findElement(By.id("decide")).click();
        // the answer is a new page: wait for it rather than read the form being left
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> !b.findElements(By.id("f-household-0-resources-0-netAmount-error")).isEmpty());
        assertThat(browser.findElement(By.id("f-household-0-resources-0-netAmount-error")).getText()).isEqualTo("doit être au moins 0");
        assertThat(browser.findElement(By.cssSelector("#errors a")).getAttribute("href")).endsWith("#f-household-0-resources-0-netAmount");

        browser.findElement(By.id("f-household-0-resources-0-netAmount")).clear();
        browser.findElement(By.id("f-household-0-resources-0-netAmount")).sendKeys("1200");
        new Select(browser.findElement(By.id("f-workAvailability-available"))).selectByValue("");
        browser.findElement(By.id("decide")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.cssSelector(".verdict")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).startsWith("Dossier incomplet");
        WebElement toVerify = browser.findElement(By.cssSelector(".to-verify a"));
        assertThat(toVerify.getAttribute("href")).endsWith("#f-workAvailability-available");
        assertThat(toVerify.getText()).contains("Disposé à travailler");
    }

    /** Cat 1 in force from 01/02/2025: 10 513,60 €/year (876,13 €/month published), as the parameter file gives it. */
    @Test
    void explorerShowsTheCategoryOneAmountOfFebruary2025WithItsSource() throws IOException {
        browser.get(url("explorer?lang=fr"));
        WebElement row = browser.findElements(By.cssSelector("#p-ris-amount-category_1 tbody tr")).stream()
                .filter(r -> r.getText().startsWith("01/02/2025")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("10 513,60").contains("876,13").contains("C2").contains("no official publication found")
                .contains("bdas-wwsb.brussels");
        assertThat(browser.findElements(By.cssSelector("#parameters svg.chart"))).isNotEmpty();
        assertThat(browser.findElement(By.id("r-L2002_art14_amount-drl")).getText()).contains("art. 14");
        assertThat(browser.findElement(By.id("open-questions")).getText()).contains("Sale of property");
        screenshot("explorer");
    }

    @Test
    void landingAndPacksPagesLinkTheRest() throws IOException {
        browser.get(url(""));
        assertThat(browser.findElements(By.cssSelector("main a")).stream().map(a -> a.getAttribute("href")).toList())
                .anySatisfy(h -> assertThat(h).endsWith("/q/swagger-ui"))
                .anySatisfy(h -> assertThat(h).endsWith("/q/health"))
                .anySatisfy(h -> assertThat(h).contains("/simulator"))
                .anySatisfy(h -> assertThat(h).contains("/explorer"));
        screenshot("landing");
        browser.get(url("packs?lang=de"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Regelpakete und Auswirkungsberichte");
        screenshot("packs-de");
    }

    @Test
    void phoneSizedWindowShowsTheSimulatorWithoutSidewaysScrolling() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("simulator?lang=fr"));
        fillCohabitantWithPartner();
        clickAndAwait(By.id("decide"), By.cssSelector(".verdict"));
        long pageWidth = (Long) js().executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) js().executeScript("return document.documentElement.clientWidth");
        assertThat(pageWidth).isLessThanOrEqualTo(viewport);
        screenshot("simulator-390px");
    }

    /** Keyboard alone: Tab from the top of the page reaches the submit button, Enter submits the form. */
    @Test
    void theFormWorksWithTheKeyboardAlone() {
        browser.get(url("simulator?lang=fr"));
        WebElement first = tab();
        assertThat(first.getAttribute("class")).isEqualTo("skip");
        WebElement focused = first;
        int presses = 1;
        while (!"decide".equals(focused.getAttribute("id")) && presses < 400) {
            if ("f-requestDate".equals(focused.getAttribute("id"))) {
                focused.sendKeys("2025-03-10");
            }
            focused = tab();
            presses++;
        }
        assertThat(focused.getAttribute("id")).isEqualTo("decide");
        focused.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.id("decision")).isEmpty());
        // Nothing but the date was given: nothing is refused, everything is to verify.
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).startsWith("Dossier incomplet");
    }

    @Test
    void everyFormFieldHasALabelAndThePagesPassAxeContrastAndLabelChecks() throws IOException {
        String axe = axeSource();
        for (String page : List.of("", "packs", "explorer", "simulator", "simulator?lang=nl", "simulator?lang=de")) {
            browser.get(url(page));
            assertThat(unlabelledFields()).as("fields without a label on /%s", page).isEmpty();
            assertThat(axeViolations(axe)).as("axe on /%s", page).isEmpty();
        }
        browser.get(url("simulator?lang=fr"));
        fillCohabitantWithPartner();
        clickAndAwait(By.id("decide"), By.cssSelector(".verdict"));
        assertThat(unlabelledFields()).isEmpty();
        assertThat(axeViolations(axe)).as("axe on the decision").isEmpty();
        clickAndAwait(By.id("print-letter"), By.cssSelector("article.letter"));
        assertThat(axeViolations(axe)).as("axe on the letter").isEmpty();
        screenshot("letter-fr");
    }

    // ---- helpers ----

    private void fillCohabitantWithPartner() {
        type("f-requestDate", "2025-03-10");
        type("f-applicant-birthDate", "1991-06-21");
        choose("f-applicant-stayStatus", "BELGIAN");
        choose("f-applicant-maritalStatus", "LEGAL_COHABITATION");
        type("f-applicant-childrenInCharge", "0");
        choose("f-residence-habitualResidenceInBelgium", "true");
        type("f-residence-daysAbroadThisYear", "0");
        choose("f-residence-homeless", "false");
        choose("f-workAvailability-available", "true");
        choose("f-otherRights-allBenefitsClaimed", "true");
        choose("f-household-0-relation", "PARTNER");
        type("f-household-0-birthDate", "1988-02-03");
        choose("f-household-0-resources-0-type", "WAGES");
        type("f-household-0-resources-0-netAmount", "1200,00");
        choose("f-household-0-resources-0-periodicity", "MONTHLY");
        type("f-capital-movableCapital", "0");
    }

    private static String cohabitantJson() {
        return """
                {"requestDate": "2025-03-10",
                 "applicant": {"birthDate": "1991-06-21", "stayStatus": "BELGIAN", "maritalStatus": "LEGAL_COHABITATION", "childrenInCharge": 0},
                 "residence": {"habitualResidenceInBelgium": true, "daysAbroadThisYear": 0, "homeless": false},
                 "workAvailability": {"available": true}, "otherRights": {"allBenefitsClaimed": true},
                 "household": [{"relation": "PARTNER", "birthDate": "1988-02-03",
                                "resources": [{"type": "WAGES", "netAmount": 1200.00, "periodicity": "MONTHLY"}]}],
                 "resources": [], "properties": [], "capital": {"movableCapital": 0}}
                """;
    }

    private String url(String path) {
        return root.toString() + path;
    }

    /** Clicks a button that loads a new page and waits for that page's element: a click does not always wait. */
    private void clickAndAwait(By button, By onTheNextPage) {
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(onTheNextPage).isEmpty());
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private String labelOf(String id) {
        return browser.findElement(By.cssSelector("label[for='" + id + "']")).getText();
    }

    private List<String> sheetLines() {
        return browser.findElements(By.cssSelector("#calculation-sheet tbody tr")).stream().map(WebElement::getText).toList();
    }

    private WebElement tab() {
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        return browser.switchTo().activeElement();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    /** Visible inputs, selects and text areas with no label element and no aria-label. */
    @SuppressWarnings("unchecked")
    private List<String> unlabelledFields() {
        return (List<String>) js().executeScript("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                  .map(e => e.name || e.id);""");
    }

    @SuppressWarnings("unchecked")
    private List<String> axeViolations(String axe) {
        // As a script element, so that axe is defined in the page's global scope.
        js().executeScript("const s = document.createElement('script'); s.text = arguments[0]; document.head.appendChild(s);", axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Map<String, Object> result = (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast', 'label']}})
                   .then(r => done({checkedNodes: r.passes.concat(r.violations).reduce((n, rule) => n + rule.nodes.length, 0),
                                    violations: r.violations.map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5))}));""");
        // axe really looked at the page: some text and fields were checked.
        assertThat((Long) result.get("checkedNodes")).isPositive();
        return (List<String>) result.get("violations");
    }

    private static String axeSource() throws IOException {
        try (InputStream in = WorkbenchBrowserTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core webjar on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void screenshot(String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        long height = (Long) js().executeScript("return Math.min(document.documentElement.scrollHeight, 12000)");
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.max(before.getHeight(), height + 120)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(before);
    }
}
