package org.ciip.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A testing authorization (Art. 31) as its parties see it: the request, the approvals of its route, its scope,
 * windows and testers, the advance report to the telecom authority where one is needed, the testing sessions and the
 * findings, and whether testing may run now ({@code validity}: {@code VALID} or why not).
 */
public record TestingView(UUID id, String number, UUID requesterId, String requesterName, UUID operatorId,
        String operatorName, TestingRoute route, TestingStatus status, String title, List<String> activities,
        String excludedTechniques, List<String> sourceAddresses, String contactName, String contactPhone,
        boolean telecom, Integer advanceHours, Instant requestedAt, String requestedBy, Instant authorizedAt,
        Instant advanceReportedAt, String advanceReportedBy, Instant objectedAt, String objectedByName,
        String objection, String statusReason, Instant statusChangedAt, Instant closedAt, String report,
        List<Step> steps, List<Target> targets, List<Window> windows, List<Tester> testers, List<Session> sessions,
        List<Finding> findings, String validity) {

    /** An approval of the route: the party, its deadline, and its decision once taken. */
    public record Step(TestingRoute.ApprovalParty party, LocalDate dueOn, String decision, String conditions,
            String reason, String decidedByName, String decidedBy, Instant decidedAt) {
    }

    public record Target(UUID assetId, String assetName, String kind, String value, String owner) {
    }

    /**
     * A window; {@code advanceOnTime} says, where the telecom authority must be told, whether it was told at least the
     * advance period before the window opens (null where no report is needed; false also while none was made).
     */
    public record Window(Instant startsAt, Instant endsAt, Instant reportBy, Boolean advanceOnTime) {
    }

    public record Tester(int seq, String name, String organization, String idLast4) {
    }

    public record Session(UUID id, int testerSeq, String testerName, String sourceAddress, Instant startedAt,
            String startedBy, Instant stoppedAt, String stoppedBy, String stopReason) {

        public boolean running() {
            return stoppedAt == null;
        }
    }

    public record Finding(int seq, UUID assetId, String assetName, String title, String severity, String cvssVector,
            LocalDate rectifyBy, Instant recordedAt, String recordedBy) {
    }

    /** Whether a testing session is running now. */
    public boolean runningSessions() {
        return sessions.stream().anyMatch(Session::running);
    }
}
