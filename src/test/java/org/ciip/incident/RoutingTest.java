package org.ciip.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ciip.incident.grading.Grade;
import org.ciip.registry.AssetRegistry.AssetSummary;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.OrganizationKind;
import org.junit.jupiter.api.Test;

/** Where a report goes and by when, as the rule set decides it: no database, no Spring. */
class RoutingTest {

    static final Instant DISCOVERED = Instant.parse("2026-03-02T01:00:00Z");
    static final UUID GRID = UUID.randomUUID();
    static final UUID ENERGY = UUID.randomUUID();
    static final UUID PSB = UUID.randomUUID();
    static final UUID CAC = UUID.randomUUID();
    static final UUID MPS = UUID.randomUUID();

    static final List<ReportingRule> CII_RULES = List.of(
            new ReportingRule(1, "CII_OPERATOR", Grade.RELATIVELY_MAJOR, "REPORT_TO_PROTECTION_DEPARTMENT", "OPERATOR",
                    "PROTECTION_DEPARTMENT", 1, "HOURS", "DISCOVERY", "18"),
            new ReportingRule(2, "CII_OPERATOR", Grade.RELATIVELY_MAJOR, "REPORT_TO_PUBLIC_SECURITY", "OPERATOR",
                    "PUBLIC_SECURITY_ORGAN", 1, "HOURS", "DISCOVERY", "18"),
            new ReportingRule(3, "CII_OPERATOR", Grade.MAJOR, "FORWARD_TO_CAC", "FIRST_RECIPIENT", "CAC", 30,
                    "MINUTES", "FIRST_REPORT_RECEIVED", "18"),
            new ReportingRule(9, "ANY", Grade.RELATIVELY_MAJOR, "FINAL_REPORT", "OPERATOR", "FIRST_RECIPIENTS", 30,
                    "DAYS", "HANDLING_ENDED", "Measures 8"));

    static Organizations.ReportingParties parties() {
        return new Organizations.ReportingParties(new OrganizationSummary(GRID, OrganizationKind.OPERATOR, "Grid",
                "Grid", "91110000000000000X", "110105", null, List.of("ENERGY"), 1, false), List.of(
                new Organizations.Addressee(ENERGY, OrganizationKind.PROTECTION_DEPARTMENT, "Energy", List.of("ENERGY")),
                new Organizations.Addressee(PSB, OrganizationKind.PUBLIC_SECURITY_ORGAN, "PSB", List.of()),
                new Organizations.Addressee(CAC, OrganizationKind.CAC, "CAC", List.of()),
                new Organizations.Addressee(MPS, OrganizationKind.MPS, "MPS", List.of())));
    }

    static List<AssetSummary> scada(String ciiStatus) {
        return List.of(new AssetSummary(UUID.randomUUID(), GRID, "Grid", "110105", "SCADA", "INFORMATION_SYSTEM",
                "ENERGY", 3, "Dispatching", ciiStatus));
    }

    static final Routing.LegalDue NEVER_ASKED = (startedAt, rule) -> {
        throw new AssertionError("no calendar period is due before the handling ends");
    };

    static IncidentView.Obligation only(Routing.Routed routed, String kind) {
        return routed.obligations().stream().filter(o -> o.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void aReportFiledWithinTheHourMeetsTheFirstReportsAndStartsTheForwardingClockOfEachRecipient() {
        Instant filed = DISCOVERED.plus(Duration.ofMinutes(40));
        Routing.Routed routed = Routing.plan(CII_RULES, parties(), scada("CII"), DISCOVERED, filed, null, NEVER_ASKED);

        IncidentView.Obligation toDepartment = only(routed, "REPORT_TO_PROTECTION_DEPARTMENT");
        assertThat(toDepartment.recipientId()).isEqualTo(ENERGY);
        assertThat(toDepartment.dueAt()).isEqualTo(DISCOVERED.plus(Duration.ofHours(1)));
        assertThat(toDepartment.status()).isEqualTo(ObligationStatus.MET);
        assertThat(toDepartment.metAt()).isEqualTo(filed);
        IncidentView.Obligation forward = only(routed, "FORWARD_TO_CAC");
        assertThat(forward.obligedId()).as("the first recipient forwards").isEqualTo(ENERGY);
        assertThat(forward.recipientId()).isEqualTo(CAC);
        assertThat(forward.dueAt()).isEqualTo(filed.plus(Duration.ofMinutes(30)));
        assertThat(forward.status()).isEqualTo(ObligationStatus.PENDING);
        assertThat(only(routed, "FINAL_REPORT").dueAt()).as("not before the handling ends").isNull();
        assertThat(routed.firstRecipients()).containsExactly(ENERGY, PSB);
    }

    @Test
    void aReportFiledAfterItsHourIsLate() {
        Routing.Routed routed = Routing.plan(CII_RULES, parties(), scada("CII"), DISCOVERED,
                DISCOVERED.plus(Duration.ofMinutes(61)), null, NEVER_ASKED);
        assertThat(only(routed, "REPORT_TO_PUBLIC_SECURITY").status()).isEqualTo(ObligationStatus.LATE);
    }

    @Test
    void theFinalReportIsDueByTheLegalCalendarOnceTheHandlingHasEnded() {
        Instant ended = DISCOVERED.plus(Duration.ofDays(3));
        Instant due = Instant.parse("2026-04-05T16:00:00Z");
        Routing.Routed routed = Routing.plan(CII_RULES, parties(), scada("CII"), DISCOVERED, ended, ended,
                (startedAt, rule) -> startedAt.equals(ended) && rule.dueUnit().equals("DAYS") ? due : null);
        assertThat(only(routed, "FINAL_REPORT").dueAt()).isEqualTo(due);
    }

    @Test
    void anOperatorIsOfCiiWhenAnyAffectedAssetIsCiiAndOtherwiseAStateOrganOrAnyOther() {
        assertThat(Routing.operatorClass(scada("CII"), true)).isEqualTo("CII_OPERATOR");
        assertThat(Routing.operatorClass(scada("CANDIDATE"), true)).isEqualTo("STATE_ORGAN");
        assertThat(Routing.operatorClass(scada("CANDIDATE"), false)).isEqualTo("OTHER");
    }

    @Test
    void aClockWithNobodyToReceiveItStaysPendingWithoutARecipient() {
        Organizations.ReportingParties alone = new Organizations.ReportingParties(parties().reporter(), List.of());
        Routing.Routed routed = Routing.plan(CII_RULES, alone, scada("CII"), DISCOVERED, DISCOVERED, null,
                NEVER_ASKED);
        IncidentView.Obligation toDepartment = only(routed, "REPORT_TO_PROTECTION_DEPARTMENT");
        assertThat(toDepartment.recipientId()).isNull();
        assertThat(toDepartment.status()).isEqualTo(ObligationStatus.PENDING);
        assertThat(routed.firstRecipients()).isEmpty();
    }

    @Test
    void noRuleNoObligation() {
        assertThat(Routing.plan(List.of(), parties(), scada("CII"), DISCOVERED, DISCOVERED, null, NEVER_ASKED))
                .isEqualTo(Routing.Routed.NOTHING);
    }
}
