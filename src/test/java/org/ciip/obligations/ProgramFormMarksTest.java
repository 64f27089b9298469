package org.ciip.obligations;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security program's forms mark as required exactly the fields the server refuses when the form is sent empty:
 * a star a user can trust, kept true by the server's own rules.
 */
@RunningCiip
class ProgramFormMarksTest {

    static final List<String> FORMS = List.of("institution", "year", "key-position", "review", "decision", "document",
            "activity", "measure", "assessment", "purchase", "corporate-change");
    private static final Pattern INVALID = Pattern.compile(
            "<(?:input|select|textarea)\\b[^>]*\\bclass=\"[^\"]*\\bis-invalid\\b[^\"]*\"[^>]*\\bid=\"([^\"]+)\"");
    private static final Pattern MARKED = Pattern.compile(
            "<label\\b[^>]*\\bclass=\"[^\"]*\\brequired\\b[^\"]*\"[^>]*\\bfor=\"([^\"]+)\"");

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;

    @Test
    void eachProgramFormMarksExactlyTheFieldsItRefusesWhenSentEmpty() {
        FreshOperators.Party operator = fresh.ciiOperator("FINANCE");
        String session = http.signIn(operator.username());
        String program = "/operators/" + operator.id() + "/program";
        String page = http.page(session, program + "?lang=zh-CN");
        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            for (String form : FORMS) {
                softly.assertThat(page).as(form + " is on the page").contains("id=\"" + form + "-");
                Http.Response sent = http.postForm(program + "/" + form + "?lang=en", session, program);
                softly.assertThat(sent.status()).as(form + " sent back with its problems").isEqualTo(200);
                Set<String> refused = ids(INVALID, sent.body(), form);
                softly.assertThat(refused).as(form + " refuses something when empty").isNotEmpty();
                softly.assertThat(ids(MARKED, sent.body(), form)).as("the fields of " + form + " marked required")
                        .isEqualTo(refused);
                softly.assertThat(ids(MARKED, page, form)).as("marked before anything is sent, too")
                        .isEqualTo(refused);
            }
        });
    }

    @Test
    void theDepartmentsDrillIntervalFormMarksWhatItRefusesWhenSentEmpty() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String session = http.signIn("finance-dept");
        String program = "/operators/" + operator.id() + "/program?purpose=SUPERVISION&purposeNote="
                + java.net.URLEncoder.encode("年度监督检查", java.nio.charset.StandardCharsets.UTF_8);
        Http.Response sent = http.postForm("/operators/" + operator.id() + "/program/drill-interval?purpose=SUPERVISION"
                + program.substring(program.indexOf("&purposeNote")), session, program);
        org.assertj.core.api.Assertions.assertThat(sent.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(ids(MARKED, sent.body(), "drill-interval"))
                .containsExactly("drill-interval-basis", "drill-interval-months")
                .isEqualTo(ids(INVALID, sent.body(), "drill-interval"));
    }

    @Test
    void aPurchasesOwnFormsMarkWhatTheyRefuseWhenSentEmpty() {
        FreshOperators.Party operator = fresh.ciiOperator("FINANCE");
        FreshOperators.Party supplier = fresh.create(org.ciip.shared.OrganizationKind.SUPPLIER, null);
        String purchase = http.post("/api/v1/operators/" + operator.id() + "/purchases", http.token(operator.username()),
                """
                {"supplierId": "%s", "item": "Core database cluster", "amountCny": 3200000, "purchasedOn": "%s",
                 "mayAffectNationalSecurity": true, "justification": "Holds all account data"}"""
                .formatted(supplier.id(), java.time.LocalDate.now().minusDays(20))).json().get("id").asString();
        String session = http.signIn(operator.username());
        String program = "/operators/" + operator.id() + "/program";
        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            for (String form : List.of("purchase-review", "purchase-use", "agreement")) {
                Http.Response sent = http.postForm(program + "/" + form + "?lang=en", session, program, "purchaseId",
                        purchase);
                softly.assertThat(sent.status()).as(form).isEqualTo(200);
                String key = form + ":" + purchase;
                Set<String> refused = ids(INVALID, sent.body(), key);
                softly.assertThat(refused).as(form + " refuses something when empty").isNotEmpty();
                softly.assertThat(ids(MARKED, sent.body(), key)).as("the fields of " + form + " marked required")
                        .isEqualTo(refused);
            }
        });
    }

    /** The ids of the controls (or the labels' targets) of the form {@code key}: "key-field". */
    private static Set<String> ids(Pattern pattern, String html, String key) {
        Set<String> ids = new TreeSet<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            String id = m.group(1);
            if (id.startsWith(key + "-") && !id.substring(key.length() + 1).contains("-")) {
                ids.add(id);
            }
        }
        return ids;
    }
}
