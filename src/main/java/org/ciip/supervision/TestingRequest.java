package org.ciip.supervision;

import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/v1/testing-authorizations} (Art. 31): what is to be tested, at which operator (by its
 * unified social credit code, the CII assets by their names there), how, when, by whom and from where.
 *
 * @param route {@code OPERATOR} (the operator and its protection department authorize) or {@code NATIONAL} (CAC and
 *              MPS approve)
 */
public record TestingRequest(String title, String route, String operatorCreditCode, List<Target> targets,
        List<String> activities, String excludedTechniques, List<Window> windows, List<Tester> testers,
        List<String> sourceAddresses, String contactName, String contactPhone) {

    /**
     * A target: the CII asset it belongs to, by name; its kind ({@code HOST}: an address or host name, {@code RANGE}:
     * an address range, {@code URL}: a URL and everything under it, {@code APPLICATION}: by name); who owns it.
     */
    public record Target(String assetName, String kind, String value, String owner) {
    }

    /** A time window in which testing may run: from {@code startsAt} (inclusive) to {@code endsAt}. */
    public record Window(Instant startsAt, Instant endsAt) {
    }

    /** A tester: name, organization and identity number (kept only as keyed hash and last four). */
    public record Tester(String name, String organization, String idNumber) {
    }
}
