package org.ciip.compliance.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * One liability item for one operator on one date.
 *
 * @param article the item, e.g. "39(9)", "40", "41"
 * @param since   the date of the latest fact that decided the status (for AT_RISK, when the due date came within the
 *                window); null when not applicable
 * @param amount  for Art. 41, the purchase amount in CNY the fine is a multiple of; null otherwise
 */
public record ItemResult(String article, ComplianceStatus status, LocalDate since, List<Fact> facts,
        java.math.BigDecimal amount) {
}
