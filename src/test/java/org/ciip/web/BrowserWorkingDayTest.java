package org.ciip.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.Browsers;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A regulator's and an operator's working day in one real browser (see {@link Browsers}): home as a work queue whose
 * lines open the filtered lists, the compliance matrix downloaded as a spreadsheet and a PDF, and a journey in Chinese
 * with no English word on the page but names.
 */
@RunningCiip
class BrowserWorkingDayTest {

    /** Words of two letters or more in Latin script (not the letters inside a code such as 91110000MA01QQ3X). */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])");
    /** Names: of file formats, of CIIP itself, and the other language on the language switch. */
    private static final List<String> NAMES = List.of("PDF", "CSV", "Excel", "XLSX", "CIIP", "English");

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    org.ciip.support.MovableClock clock;

    /**
     * The Latin words of the page's text, without the names given and without names and what people wrote: the
     * elements marked {@code translate="no"} (an asset's or an operator's name, an incident's summary) and the links to
     * a record are left out.
     */
    static List<String> englishWords(Page page, String... names) {
        String text = (String) page.evaluate("""
                () => {
                  const body = document.body.cloneNode(true);
                  body.querySelectorAll('script, style, [translate=no]').forEach(e => e.remove());
                  body.querySelectorAll('a').forEach(a => {
                    if (/[0-9a-f]{8}-[0-9a-f]{4}-/.test(a.getAttribute('href') || '')) a.remove();
                  });
                  return body.textContent;
                }""");
        for (String name : names) {
            text = text.replace(name, " ");
        }
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            if (!NAMES.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    @Test
    void threePartiesFindWhatWaitsForThemOnHomeAndEachLineOpensItsList() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String asset = fresh.ciiAsset(operator);
        String incident = http.post("/api/v1/incidents", http.token(operator.username()), """
                {"assetIds": ["%s"], "discoveredAt": "%s", "category": "MP", "summary": "Leak at %s",
                 "impact": {"personalInfoRecordsLeaked": 12000000}}""".formatted(asset,
                clock.instant().minusSeconds(600), operator.id())).json().get("id").asString();
        FreshOperators.Party agency = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        try (Browsers browsers = Browsers.open(http)) {
            Page dept = browsers.signedIn("finance-dept");
            assertThat(dept.locator("#work-queue h2")).hasText("Waiting for you");
            dept.click("#work-queue a[href='/incidents?waiting=UNACKNOWLEDGED']");
            assertThat(dept).hasURL(Pattern.compile(".*/incidents\\?waiting=UNACKNOWLEDGED$"));
            assertThat(dept.locator("#waiting")).hasValue("UNACKNOWLEDGED");
            assertThat(dept.locator("#incident-list a[href='/incidents/" + incident + "']")).isVisible();

            Page own = browsers.signedIn(operator.username());
            own.click("#work-queue a.queue-OVERDUE[href='/operators/" + operator.id() + "/program']");
            assertThat(own.locator("#duty-table")).isVisible();

            Page nothing = browsers.signedIn(agency.username());
            assertThat(nothing.locator("#queue-empty")).isVisible();
            assertThat(nothing.locator("#work-queue a")).hasCount(0);
        }
    }

    @Test
    void theEnergyDepartmentDownloadsItsComplianceMatrixAsASpreadsheetAndAPdfAndItsIncidentsAsCsvInChinese()
            throws Exception {
        try (Browsers browsers = Browsers.open(http)) {
            Page page = browsers.signedIn("energy-dept");
            page.navigate(browsers.url("/compliance?lang=zh-CN"));
            Download xlsx = page.waitForDownload(() -> page.click("#matrix-xlsx"));
            assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
                assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("运营者");
            }
            Download pdf = page.waitForDownload(() -> page.click("#matrix-pdf-zh"));
            try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                        .contains("运营者合规情况").contains("《条例》第三十九条至第四十一条");
            }
            page.navigate(browsers.url("/incidents"));
            Download csv = page.waitForDownload(() -> page.click("#incident-export a[href*='format=csv']"));
            assertThat(csv.suggestedFilename()).isEqualTo("incidents.csv");
            String text = new String(Files.readAllBytes(csv.path()), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).as("a byte order mark, so that spreadsheet programs read the Chinese").startsWith("\uFEFF");
            assertThat(text.lines().findFirst().orElseThrow()).startsWith("\uFEFF报告时间,");
        }
    }

    @Test
    void theEnergyDepartmentsDayInChineseShowsNoEnglishWordButNames() {
        try (Browsers browsers = Browsers.open(http)) {
            Page page = browsers.signedIn("energy-dept");
            String[] names = {"能源局网络安全处 Energy Cybersecurity Division", "energy-dept"};
            java.util.Map<String, List<String>> leaks = new java.util.LinkedHashMap<>();
            for (String path : List.of("/?lang=zh-CN", "/compliance", "/incidents", "/identification", "/program",
                    "/organizations")) {
                page.navigate(browsers.url(path));
                if (path.startsWith("/?")) { // the department's picture, loaded after the page
                    assertThat(page.locator("#incident-trend canvas")).isVisible();
                    assertThat(page.locator("#province-heat a[href='/compliance?region=11']")).isVisible();
                }
                assertThat(page.evaluate("async () => { await document.fonts.ready; return [...document.fonts]"
                        + ".some(f => f.family === 'CIIP CJK' && f.status === 'loaded'); }"))
                        .as("Chinese in CIIP's own font, whatever the machine has").isEqualTo(true);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Path.of("target/screenshots/energy-dept-zh" + path.replaceAll("[^a-z]", "-")
                                + ".png")));
                List<String> words = englishWords(page, names);
                if (!words.isEmpty()) {
                    leaks.put(path, words);
                }
            }
            assertThat(leaks).as("English words on the pages in Chinese").isEmpty();
        }
    }
}
