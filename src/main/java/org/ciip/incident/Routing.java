package org.ciip.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.registry.AssetRegistry.AssetSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.OrganizationKind;

/**
 * Where a report goes and by when (Art. 18; Measures Art. 4-8), as a pure policy: the rules of a reporting rule set x
 * the parties the report may be addressed to x the instant of discovery give the obligations, each with its obliged
 * and receiving organization, its due instant and its status, and the organizations that receive the report.
 */
final class Routing {

    /** How a day or month period that starts with an event ends on the legal calendar. */
    interface LegalDue {
        Instant after(Instant startedAt, ReportingRule rule);
    }

    /** The order in which an incident lists its obligations, assets and recipients, whether written or read. */
    static final Comparator<IncidentView.Obligation> OBLIGATION_ORDER = Comparator
            .comparing(IncidentView.Obligation::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(IncidentView.Obligation::kind)
            .thenComparing(IncidentView.Obligation::recipient, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(IncidentView.Obligation::obliged);
    static final Comparator<IncidentView.AssetRef> ASSET_ORDER = Comparator
            .comparing(IncidentView.AssetRef::name).thenComparing(IncidentView.AssetRef::id);
    static final Comparator<IncidentView.Recipient> RECIPIENT_ORDER = Comparator
            .comparing(IncidentView.Recipient::receivedAt).thenComparing(IncidentView.Recipient::name)
            .thenComparing(IncidentView.Recipient::organizationId);

    private Routing() {
    }

    /** An organization named in an obligation. */
    private record Party(UUID id, String name) {
    }

    /** What routing decides: the obligations, and the organizations that receive the report (first recipients first). */
    record Routed(List<IncidentView.Obligation> obligations, List<IncidentView.Recipient> recipients) {

        static final Routed NOTHING = new Routed(List.of(), List.of());

        List<UUID> firstRecipients() {
            return recipients.stream().map(IncidentView.Recipient::organizationId).toList();
        }
    }

    /**
     * The operator class a rule set distinguishes: an operator of CII when any affected asset is CII, a state organ,
     * or any other network operator.
     */
    static String operatorClass(List<AssetSummary> affected, boolean stateOrgan) {
        return affected.stream().anyMatch(a -> a.ciiStatus().equals("CII")) ? "CII_OPERATOR"
                : stateOrgan ? "STATE_ORGAN" : "OTHER";
    }

    /**
     * The obligations of {@code rules} for an incident and who receives it: the first reports (clock from discovery)
     * are made by the filing at {@code now}, MET or LATE; onward forwarding is due from {@code now}; the final report
     * from the end of the handling, when it has ended. The authorities are those of {@code parties}, looked up with
     * the reporter.
     */
    static Routed plan(List<ReportingRule> rules, Organizations.ReportingParties parties,
            List<AssetSummary> affected, Instant discoveredAt, Instant now, Instant handlingEndedAt, LegalDue legalDue) {
        if (rules.isEmpty()) {
            return Routed.NOTHING;
        }
        List<String> sectors = sectors(affected);
        List<Organizations.Addressee> addressees = parties.addressees();
        Party self = new Party(parties.reporter().id(), parties.reporter().name());
        Map<UUID, Party> firstRecipients = new LinkedHashMap<>();
        List<IncidentView.Obligation> obligations = new ArrayList<>();
        List<Party> firstObliged = null;
        for (ReportingRule rule : rules) {
            if (!rule.clockStart().equals("DISCOVERY")) {
                continue;
            }
            List<Party> recipients = recipients(rule.recipient(), self, sectors, addressees);
            if (firstObliged == null) {
                firstObliged = recipients;
            }
            Instant due = discoveredAt.plus(rule.exactDuration());
            for (Party recipient : recipients) {
                firstRecipients.put(recipient.id(), recipient);
                obligations.add(obligation(rule, self, recipient, due, now, ObligationStatus.PENDING.metAt(now, due)));
            }
            if (recipients.isEmpty()) {
                obligations.add(obligation(rule, self, null, due, null, ObligationStatus.PENDING));
            }
        }
        for (ReportingRule rule : rules) {
            if (rule.clockStart().equals("FIRST_REPORT_RECEIVED")) {
                Instant due = now.plus(rule.exactDuration());
                List<Party> targets = recipients(rule.recipient(), self, sectors, addressees);
                for (Party obliged : firstObliged == null ? List.<Party>of() : firstObliged) {
                    for (Party target : targets.isEmpty() ? Collections.<Party>singletonList(null) : targets) {
                        obligations.add(obligation(rule, obliged, target, due, null, ObligationStatus.PENDING));
                    }
                }
            } else if (rule.clockStart().equals("HANDLING_ENDED")) {
                obligations.add(obligation(rule, self, null, handlingEndedAt == null ? null
                        : legalDue.after(handlingEndedAt, rule), null, ObligationStatus.PENDING));
            }
        }
        return new Routed(obligations, firstRecipients.values().stream()
                .map(p -> new IncidentView.Recipient(p.id(), p.name(), "RECIPIENT", now, null)).toList());
    }

    private static IncidentView.Obligation obligation(ReportingRule rule, Party obliged, Party recipient, Instant due,
            Instant met, ObligationStatus status) {
        return new IncidentView.Obligation(UUID.randomUUID(), rule.obligationKind(), obliged.id(), obliged.name(),
                recipient == null ? null : recipient.id(), recipient == null ? null : recipient.name(),
                rule.recipient(), due, met, status, rule.article());
    }

    /** The sectors of the affected assets, each once, in the order the assets were named. */
    static List<String> sectors(List<AssetSummary> affected) {
        return affected.stream().map(AssetSummary::sector).distinct().toList();
    }

    /** The parties a rule addresses, from the authorities looked up for the report (each list ordered by name). */
    private static List<Party> recipients(String kind, Party operator, List<String> sectors,
            List<Organizations.Addressee> addressees) {
        return switch (kind) {
            case "PROTECTION_DEPARTMENT" -> {
                Map<UUID, Party> departments = new LinkedHashMap<>();
                for (String sector : sectors) {
                    addressees.stream().filter(a -> a.kind() == OrganizationKind.PROTECTION_DEPARTMENT
                            && a.sectors().contains(sector)).forEach(a -> departments.put(a.id(), party(a)));
                }
                yield List.copyOf(departments.values());
            }
            case "PUBLIC_SECURITY_ORGAN", "PROVINCIAL_CAC", "CAC", "MPS" -> addressees.stream()
                    .filter(a -> a.kind().name().equals(kind)).map(Routing::party).toList();
            case "OWN_ORGANIZATION" -> List.of(operator);
            default -> List.of();
        };
    }

    private static Party party(Organizations.Addressee addressee) {
        return new Party(addressee.id(), addressee.name());
    }
}
