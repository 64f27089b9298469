package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When two bodies' inspections of one operator overlap (Art. 27 para 2): common scope, within the window. */
class InspectionOverlapTest {

    static final UUID OPERATOR = UUID.randomUUID();
    static final UUID DEPARTMENT = UUID.randomUUID();
    static final UUID POLICE = UUID.randomUUID();
    static final UUID SCADA = UUID.randomUUID();
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    static InspectionOverlap.Plan plan(UUID body, Set<String> topics, Set<UUID> assets, LocalDate start, int days) {
        return new InspectionOverlap.Plan(UUID.randomUUID(), OPERATOR, Set.of(body), topics, assets, start,
                start.plusDays(days));
    }

    @Test
    void inspectionsWithACommonTopicOverlapUpToTheWindowsLastDayAndNotADayLater() {
        InspectionOverlap.Plan department = plan(DEPARTMENT, Set.of("SECURITY_PROGRAM"), Set.of(), MONDAY, 4);
        LocalDate end = MONDAY.plusDays(4);
        InspectionOverlap.Plan atEdge = plan(POLICE, Set.of("SECURITY_PROGRAM", "PERSONNEL"), Set.of(),
                end.plusDays(90), 2);
        InspectionOverlap.Plan beyond = plan(POLICE, Set.of("SECURITY_PROGRAM"), Set.of(), end.plusDays(91), 2);
        assertThat(InspectionOverlap.gapDays(department, atEdge)).isEqualTo(90);
        assertThat(InspectionOverlap.overlap(department, atEdge, 90)).isTrue();
        assertThat(InspectionOverlap.overlap(atEdge, department, 90)).as("either way round").isTrue();
        assertThat(InspectionOverlap.overlap(department, beyond, 90)).isFalse();
        InspectionOverlap.Plan before = plan(POLICE, Set.of("SECURITY_PROGRAM"), Set.of(), MONDAY.minusDays(93), 2);
        assertThat(InspectionOverlap.overlap(department, before, 90)).as("91 days before").isFalse();
    }

    @Test
    void disjointScopesDoNotOverlapEvenOnTheSameDaysButACommonAssetDoes() {
        InspectionOverlap.Plan department = plan(DEPARTMENT, Set.of("SECURITY_PROGRAM"), Set.of(SCADA), MONDAY, 4);
        InspectionOverlap.Plan cryptography = plan(POLICE, Set.of("CRYPTOGRAPHY"), Set.of(), MONDAY, 4);
        assertThat(InspectionOverlap.overlap(department, cryptography, 90)).isFalse();
        InspectionOverlap.Plan sameAsset = plan(POLICE, Set.of("CRYPTOGRAPHY"), Set.of(SCADA), MONDAY.plusDays(21),
                2);
        assertThat(InspectionOverlap.overlap(department, sameAsset, 90)).isTrue();
    }

    @Test
    void aBodysOwnInspectionsAndOtherOperatorsInspectionsNeverOverlap() {
        InspectionOverlap.Plan one = plan(DEPARTMENT, Set.of("SECURITY_PROGRAM"), Set.of(), MONDAY, 4);
        InspectionOverlap.Plan same = plan(DEPARTMENT, Set.of("SECURITY_PROGRAM"), Set.of(), MONDAY, 4);
        assertThat(InspectionOverlap.overlap(one, same, 90)).isFalse();
        InspectionOverlap.Plan elsewhere = new InspectionOverlap.Plan(UUID.randomUUID(), UUID.randomUUID(),
                Set.of(POLICE), Set.of("SECURITY_PROGRAM"), Set.of(), MONDAY, MONDAY.plusDays(4));
        assertThat(InspectionOverlap.overlap(one, elsewhere, 90)).isFalse();
        assertThat(InspectionOverlap.overlap(one, one, 90)).isFalse();
    }
}
