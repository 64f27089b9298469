package org.ciip.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ciip.shared.NaturalOrder;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A department orders its operators' programs by name as people sort it, or by the duties they have not met. */
@RunningCiip
class ProgramOverviewOrderTest {

    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"operator-[^\"]+\">\\s*<td><a translate=\"no\" href=\"[^\"]+\">([^<]+)</a></td>\\s*"
                    + "<td><span class=\"badge[^\"]*\">(\\d+)</span>");

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;

    record Row(String name, long notMet) {
    }

    private List<Row> rows(String session, String query) {
        Http.Response page = http.send(http.request("/program?lang=en&size=200&" + query, null)
                .header("Cookie", session).GET());
        assertThat(page.status()).isEqualTo(200);
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(page.body());
        while (m.find()) {
            rows.add(new Row(m.group(1), Long.parseLong(m.group(2))));
        }
        return rows;
    }

    @Test
    void theFinanceDepartmentSortsItsOperatorsByNameWithNumbersAsNumbersOrByDutiesNotMet() {
        fresh.ciiOperator("FINANCE");
        fresh.operator("FINANCE");
        String dept = http.signIn("finance-dept");

        List<Row> byName = rows(dept, "sort=name");
        assertThat(byName).hasSizeGreaterThan(2);
        assertThat(byName).extracting(Row::name).isSortedAccordingTo(NaturalOrder.INSTANCE);

        List<Row> byNotMet = rows(dept, "sort=notMet");
        assertThat(byNotMet).hasSameSizeAs(byName);
        assertThat(byNotMet).extracting(Row::notMet).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(byNotMet.getFirst().notMet()).as("the CII operator's duties not met lead").isPositive();

        assertThat(http.send(http.request("/program?sort=bogus", null).header("Cookie", dept).GET()).status())
                .isEqualTo(400);
    }
}
