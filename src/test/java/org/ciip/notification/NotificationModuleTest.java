package org.ciip.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.notification.inbox.InboxService;
import org.ciip.obligations.CorporateChangeReported;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.PageQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The notification module on its own (with the modules whose events it words): a corporate change an operator reports
 * (Art. 21) reaches the inboxes of the departments the event names, in Chinese and English, once however often the
 * event is delivered, and no other organization's inbox.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=notification_module")
class NotificationModuleTest {

    @Autowired
    InboxService inbox;
    @Autowired
    Organizations organizations;

    @Test
    void aReportedCorporateChangeReachesTheNamedDepartmentsInBothLanguagesOnceAndNobodyElse(Scenario scenario) {
        UUID departmentId = register(organizations, OrganizationKind.PROTECTION_DEPARTMENT, "FINANCE");
        UUID operatorId = register(organizations, OrganizationKind.OPERATOR, "FINANCE");
        Actor department = officer(departmentId, OrganizationKind.PROTECTION_DEPARTMENT, "FINANCE");
        Actor operator = officer(operatorId, OrganizationKind.OPERATOR, "FINANCE");
        CorporateChangeReported reported = new CorporateChangeReported(UUID.randomUUID(), operatorId, "示范银行",
                "MERGER", LocalDate.of(2026, 11, 20), "Merger into the holding; CII moves with the core system",
                List.of(departmentId));

        scenario.publish(reported)
                .andWaitForStateChange(() -> inbox.list(department, true, page()).items(), items -> !items.isEmpty())
                .andVerify(items -> {
                    assertThat(items).hasSize(1);
                    InboxService.Item notice = items.getFirst();
                    assertThat(notice.kind()).isEqualTo("CORPORATE_CHANGE_REPORTED");
                    assertThat(notice.article()).isEqualTo("21");
                    assertThat(notice.titleEn()).isEqualTo("示范银行 reported a merger with a disposal plan for its CII");
                    assertThat(notice.titleZh()).isEqualTo("示范银行报告了合并、分立或解散等情况及关键信息基础设施处置方案");
                    assertThat(notice.link()).isEqualTo("/operators/" + operatorId + "/program#changes");
                });

        scenario.publish(reported)
                .andWaitForStateChange(() -> inbox.unreadCount(departmentId))
                .andVerify(unread -> assertThat(unread).as("the same event delivered again").isOne());
        assertThat(inbox.list(operator, false, page()).items()).isEmpty();
    }

    private static PageQuery page() {
        return PageQuery.of(0, 20, null, Map.of(), "created_at desc");
    }
}
