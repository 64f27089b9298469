package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lists download as spreadsheets with what the reader sees on the page, and an incident report as the PDF regulators
 * file, in the reader's language.
 */
@RunningCiip
class ExportsAndDocumentsTest {

    @Autowired
    Http http;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.ciip.support.FreshOperators fresh;

    byte[] download(String session, String path) throws Exception {
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(http.request(path, null)
                .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void theGridCompanysIncidentsDownloadAsAnExcelSheetAndACsvInItsLanguage() throws Exception {
        String grid = http.signIn("grid-officer");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(grid,
                "/incidents/export?format=xlsx&lang=en")))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reported");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= sheet.getRow(r).getCell(2).getStringCellValue().contains("Ransomware on dispatching");
            }
            assertThat(found).as("the demo incident is in the sheet").isTrue();
        }
        String csv = new String(download(grid, "/incidents/export?format=csv&late=true&lang=zh-CN"),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF报告时间");
        assertThat(csv).as("the category in Chinese").contains("勒索软件").contains("恶意程序");
        Http.Response refused = http.send(http.request("/incidents/export?format=pdf", null, "Accept", "text/html")
                .header("Cookie", grid).GET());
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void anIncidentReportDownloadsAsAPdfWithItsClocksAndItsVersionsReceipts() throws Exception {
        String token = http.token("grid-officer");
        JsonNode incident = null;
        for (JsonNode i : http.get("/api/v1/incidents?size=200", token).json().get("items")) {
            if (i.get("summary").asString().contains("Ransomware on dispatching")) {
                incident = i;
            }
        }
        assertThat(incident).as("the demo incident").isNotNull();
        String id = incident.get("id").asString();
        String sha = http.get("/api/v1/incidents/" + id, token).json().get("receipt").get("sha256").asString();
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(http.request("/api/v1/incidents/"
                + id + "/document?lang=zh", token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("网络安全事件报告").contains("《条例》第十八条").contains("勒索软件")
                    .contains(sha.substring(0, 16));
        }
        assertThat(http.get("/api/v1/incidents/" + id + "/document", http.token("agency")).status())
                .as("no one else's").isEqualTo(404);
        String session = http.signIn("grid-officer");
        assertThat(http.send(http.request("/incidents/" + id, null).header("Cookie", session).GET()).body())
                .contains("/incidents/" + id + "/document?lang=en");
    }

    @Test
    void aComplianceScorecardDownloadsAsAPdfWithEachItemsCitationStatusAndFacts() throws Exception {
        String session = http.signIn("finance-dept");
        String bank = null;
        // by name: the tests register many finance operators of their own
        for (JsonNode o : http.get("/api/v1/organizations?kind=OPERATOR&q=" + java.net.URLEncoder.encode("示范商业银行",
                StandardCharsets.UTF_8), http.token("finance-dept")).json().get("items")) {
            if (o.get("name").asString().contains("示范商业银行")) {
                bank = o.get("id").asString();
            }
        }
        assertThat(bank).as("the demo bank").isNotNull();
        assertThat(http.send(http.request("/operators/" + bank + "/compliance", null).header("Cookie", session).GET())
                .body()).contains("/operators/" + bank + "/compliance/document");
        try (var document = org.apache.pdfbox.Loader.loadPDF(download(session, "/operators/" + bank
                + "/compliance/document?lang=zh"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("示范商业银行股份有限公司 合规情况").contains("《条例》第三十九条第（九）项")
                    .contains("《条例》第四十二条");
        }
        assertThat(http.send(http.request("/operators/" + bank + "/compliance/document", null)
                .header("Cookie", http.signIn("energy-dept")).GET()).status()).as("another sector's department")
                .isIn(403, 404);
    }

    @Test
    void inspectionsAndTestingAuthorizationsDownloadWithTheirNumbers() throws Exception {
        String agency = http.signIn("agency");
        String csv = new String(download(agency, "/testing/export?format=csv&lang=en"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Penetration test of the dispatch SCADA").containsPattern("TA-\\d{4}-");
        String police = http.signIn("psb-beijing");
        String inspections = new String(download(police, "/inspections/export?format=csv&lang=en"),
                StandardCharsets.UTF_8);
        assertThat(inspections).contains("Cybersecurity inspection").containsPattern("INS-\\d{4}-\\d{6}");
    }

    @Test
    void theEnergyDepartmentsComplianceMatrixExportsToExcelAndToAPdfThatReadsInChinese() throws Exception {
        String energy = http.signIn("energy-dept");
        String page = http.send(http.request("/compliance?lang=zh-CN", null).header("Cookie", energy).GET()).body();
        assertThat(page).contains("/compliance/export?format=xlsx").contains("/compliance/document?");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(energy,
                "/compliance/export?format=xlsx&lang=zh-CN")))) {
            var sheet = book.getSheetAt(0);
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("运营者");
            assertThat(header.getCell(4).getStringCellValue()).startsWith("《条例》第");
            java.util.List<String> grid = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals("华北示范电网有限公司")) {
                    grid = new java.util.ArrayList<>();
                    for (var cell : sheet.getRow(r)) {
                        grid.add(cell.toString());
                    }
                }
            }
            assertThat(grid).as("the demo grid company's row").isNotNull();
            assertThat(grid.get(2)).as("its sector by name").isEqualTo("能源");
            assertThat(grid.subList(4, grid.size())).as("a status in Chinese for every item")
                    .allMatch(s -> java.util.Set.of("不合规", "有风险", "合规", "不适用").contains(s));
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(download(energy, "/compliance/document?lang=zh"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("运营者合规情况").contains("《条例》第三十九条至第四十一条")
                    .contains("专门安全管理机构").contains("不合规").contains("1 / " + document.getNumberOfPages());
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(download(energy, "/compliance/document?lang=en"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Compliance of operators").contains("Art. 39-41").doesNotContain("运营者");
        }
        assertThat(http.send(http.request("/compliance/export?format=xlsx", null)
                .header("Cookie", http.signIn("grid-officer")).GET()).status()).as("an operator has no matrix")
                .isEqualTo(404);
    }

    @Test
    void anIdentificationDecisionDownloadsAsTheNoticeTheDepartmentSendsInChineseAndEnglish() throws Exception {
        String decision = null;
        for (JsonNode d : http.get("/api/v1/identifications?size=200", http.token("energy-dept")).json().get("items")) {
            if (d.get("assetName").asString().contains("SCADA") && d.get("kind").asString().equals("IDENTIFICATION")) {
                decision = d.get("id").asString();
            }
        }
        assertThat(decision).as("the demo decision on the grid's SCADA").isNotNull();
        String energy = http.signIn("energy-dept");
        assertThat(http.send(http.request("/identification/decisions/" + decision, null).header("Cookie", energy).GET())
                .body()).contains("/identification/decisions/" + decision + "/document?lang=zh");
        try (var document = org.apache.pdfbox.Loader.loadPDF(download(energy, "/identification/decisions/" + decision
                + "/document?lang=zh"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("关键信息基础设施认定结果通知书").contains("《条例》第十条")
                    .contains("华北示范电网有限公司").contains("评定等级").contains("关键信息基础设施");
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(download(http.signIn("grid-officer"),
                "/identification/decisions/" + decision + "/document?lang=en"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .as("the operator it was sent to").contains("Notice of the identification").contains("Art. 10");
        }
        assertThat(http.send(http.request("/identification/decisions/" + decision + "/document", null)
                .header("Cookie", http.signIn("bank-officer")).GET()).status()).as("no one else's").isEqualTo(404);
    }

    @Test
    void theEnergyDepartmentsAssetsDownloadWithTheListsFiltersInChinese() throws Exception {
        String energy = http.signIn("energy-dept");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/assets/export\\?format=xlsx[^\"]*)\"")
                .matcher(http.send(http.request("/assets?lang=zh-CN&ciiStatus=CII", null).header("Cookie", energy)
                        .GET()).body());
        assertThat(link.find()).as("the page links its export").isTrue();
        String export = link.group(1).replace("&amp;", "&") + "&lang=zh-CN"; // a browser keeps the language cookie
        assertThat(export).contains("ciiStatus=CII");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(energy, export)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getLastRowNum()).as("the CII assets").isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).as("its sector by name").isEqualTo("能源");
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).as("only CII").isEqualTo("关键信息基础设施");
            }
        }
        String csv = new String(download(http.signIn("bank-officer"), "/assets/export?format=csv&lang=en"),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("示范商业银行股份有限公司").doesNotContain("华北示范电网有限公司");
    }

    private java.util.List<String> csvLines(String session, String path) throws Exception {
        return java.util.List.of(new String(download(session, path), StandardCharsets.UTF_8).replace("\uFEFF", "")
                .split("\r?\n"));
    }

    @Test
    void theEnergyDepartmentsQueueAndTheOrganizationsDownloadWithNamesNotCodes() throws Exception {
        String energy = http.signIn("energy-dept");
        assertThat(http.send(http.request("/identification?lang=en", null).header("Cookie", energy).GET()).body())
                .contains("/identification/candidates/export?format=xlsx");
        java.util.List<String> queue = csvLines(energy, "/identification/candidates/export?format=csv&lang=en");
        assertThat(queue.get(0)).isEqualTo("Name,Operator,Province,Sector,MLPS level,Kind,Core business supported");
        assertThat(queue).hasSizeGreaterThan(1);
        assertThat(queue.subList(1, queue.size())).allSatisfy(row -> assertThat(row).contains(",Energy,")
                .doesNotContain(",11,"));
        Http.Response operator = http.send(http.request("/identification/candidates/export?format=csv", null,
                "Accept", "text/html").header("Cookie", http.signIn("grid-officer")).GET());
        assertThat(operator.status()).as("an operator has no queue").isEqualTo(404);

        assertThat(http.send(http.request("/organizations?lang=zh-CN", null).header("Cookie", energy).GET()).body())
                .contains("/organizations/export?format=csv");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(energy,
                "/organizations/export?format=xlsx&kind=OPERATOR&lang=zh-CN")))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("运营者");
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).as("the province by name")
                        .doesNotContainPattern("^\\d+$");
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).as("its sectors named")
                        .contains("能源").doesNotContain("null");
            }
        }
    }

    @Test
    void warningsDownloadAsTheIssuerAndAsTheOperatorSeeThem() throws Exception {
        // a sector no demo party is in, so that this warning reaches nobody else
        org.ciip.support.FreshOperators.Party department = fresh.create(
                org.ciip.shared.OrganizationKind.PROTECTION_DEPARTMENT, "WATER_CONSERVANCY");
        org.ciip.support.FreshOperators.Party operator = fresh.operator("WATER_CONSERVANCY");
        Http.Response issued = http.post("/api/v1/warnings", http.token(department.username()), """
                {"titleZh": "导出用预警", "titleEn": "Warning to export", "level": "YELLOW",
                 "threatType": "VULNERABILITY", "identifiers": ["CVE-2021-44228"],
                 "products": [{"purl": "pkg:maven/org.apache.logging.log4j/log4j-core",
                               "ranges": [{"introduced": "2.0", "fixed": "2.15.0"}]}],
                 "actions": "Upgrade log4j-core.", "sectors": ["WATER_CONSERVANCY"], "informUnmatched": true}""");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);

        String issuer = http.signIn(department.username());
        java.util.List<String> rows = csvLines(issuer, "/warnings/export?format=csv&lang=en");
        assertThat(rows.get(0)).isEqualTo("Level,Title,Issued by,Issued,Operators reached,"
                + "Operators with matched assets,Acknowledged on time,Acknowledged late,Awaiting acknowledgement,"
                + "Answers overdue");
        assertThat(rows).hasSize(2);
        long reached = issued.json().get("counts").get("reached").asLong();
        assertThat(reached).as("every operator of the sector, this test's among them").isPositive();
        assertThat(rows.get(1)).contains("Warning to export")
                .endsWith("," + reached + ",0,0,0," + reached + ",0");

        String recipient = http.signIn(operator.username());
        assertThat(http.send(http.request("/warnings?lang=en", null).header("Cookie", recipient).GET()).body())
                .contains("/warnings/export?format=xlsx");
        java.util.List<String> received = csvLines(recipient, "/warnings/export?format=csv&lang=zh-CN");
        assertThat(received.get(0)).isEqualTo("级别,标题,发布单位,发布时间,本单位签收情况,签收期限（北京时间）,签收时间（北京时间）");
        assertThat(received).hasSize(2);
        assertThat(received.get(1)).contains("导出用预警");
    }

    @Test
    void casesDownloadWithTheArticleCitedInTheReadersLanguage() throws Exception {
        UUID bank = jdbc.queryForObject("select organization_id from account where username = 'bank-officer'",
                UUID.class);
        Http.Response opened = http.post("/api/v1/enforcement-cases", http.token("finance-dept"), """
                {"article": "39(9)", "operatorId": "%s", "sourceKind": "MANUAL", "facts": "Export probe.",
                 "actDate": "2026-10-01", "persons": [{"name": "李四", "position": "Head of procurement"}]}"""
                .formatted(bank));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String number = opened.json().get("number").asString();
        String finance = http.signIn("finance-dept");
        assertThat(http.send(http.request("/cases?lang=en", null).header("Cookie", finance).GET()).body())
                .contains("/cases/export?format=csv");
        java.util.List<String> en = csvLines(finance, "/cases/export?format=csv&lang=en&q=" + number);
        assertThat(en.get(0)).isEqualTo("Number,Respondent,Article,Authority,Opened,Status,Deadline passed");
        assertThat(en).hasSize(2);
        assertThat(en.get(1)).startsWith(number + ",").contains("Art. 39(9)");
        assertThat(csvLines(finance, "/cases/export?format=csv&lang=zh-CN&q=" + number).get(1))
                .contains("《条例》第三十九条第（九）项");
        assertThat(csvLines(http.signIn("grid-officer"), "/cases/export?format=csv&lang=en&q=" + number))
                .as("another operator's case").hasSize(1);
    }

    @Test
    void theFinanceDepartmentsProgramOverviewDownloadsInItsOrderWithEveryDutysStatus() throws Exception {
        String finance = http.signIn("finance-dept");
        assertThat(http.send(http.request("/program?lang=en&sort=notMet", null).header("Cookie", finance).GET())
                .body()).containsPattern("/program/export\\?format=csv[^\"]*sort=notMet");
        java.util.List<String> rows = csvLines(finance, "/program/export?format=csv&sort=notMet&lang=en");
        assertThat(rows.get(0)).startsWith("Operator,Not met,Due soon,Met,Not applicable,");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("示范商业银行股份有限公司,"));
        java.util.List<Long> notMet = rows.subList(1, rows.size()).stream()
                .map(r -> Long.parseLong(r.split(",")[1])).toList();
        assertThat(notMet).as("the most duties not met first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Http.Response operator = http.send(http.request("/program/export?format=csv", null, "Accept", "text/html")
                .header("Cookie", http.signIn("bank-officer")).GET());
        assertThat(operator.status()).isEqualTo(404);
    }

    @Test
    void theAdministratorDownloadsTheAccountsWithoutASecondFactor() throws Exception {
        String admin = http.signIn("admin");
        java.util.List<String> rows = csvLines(admin, "/admin/accounts/export?format=csv&mfa=none&lang=en");
        assertThat(rows.get(0)).isEqualTo("Username,Name,Organization,Roles,Status,Authenticator enrolled,Passkey,"
                + "Locked until");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).contains(",false,false,"));
        assertThat(csvLines(admin, "/admin/accounts/export?format=csv&lang=en"))
                .anySatisfy(r -> assertThat(r).startsWith("grid-officer,").contains(",true,"));
    }
}
