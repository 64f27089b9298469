package org.ciip.obligations.program;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.ciip.shared.api.ApiException;
import org.junit.jupiter.api.Test;

/** A corporate change takes requirements until it is completed, and is completed only once they are set (Art. 21). */
class CorporateChangeTransitionsTest {

    static CorporateChange in(CorporateChangeStatus status) {
        return new CorporateChange(UUID.randomUUID(), status,
                status == CorporateChangeStatus.COMPLETED ? LocalDate.of(2026, 11, 30) : null);
    }

    @Test
    void requirementsAreSetOrRevisedUntilTheChangeIsCompleted() {
        in(CorporateChangeStatus.REPORTED).requireOpenForRequirements();
        in(CorporateChangeStatus.REQUIREMENTS_SET).requireOpenForRequirements();
        assertThatThrownBy(() -> in(CorporateChangeStatus.COMPLETED).requireOpenForRequirements())
                .isInstanceOf(ApiException.class).hasMessageContaining("completed on 2026-11-30");
    }

    @Test
    void aChangeIsCompletedOnlyOnceTheDepartmentsRequirementsAreSet() {
        in(CorporateChangeStatus.REQUIREMENTS_SET).requireCompletable();
        assertThatThrownBy(() -> in(CorporateChangeStatus.REPORTED).requireCompletable())
                .isInstanceOf(ApiException.class).hasMessageContaining("has not set its requirements yet");
        assertThatThrownBy(() -> in(CorporateChangeStatus.COMPLETED).requireCompletable())
                .isInstanceOf(ApiException.class).hasMessageContaining("already completed");
    }
}
