package org.ciip.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of major network security threats (Art. 18): the operator reports a threat it discovered, not an incident,
 * to the protection departments of its sectors and the public security organ of its province, within the period of
 * {@code threat_report_deadline} (CIIP's default, unconfirmed: the Measures fix none). A recipient acknowledges it; a
 * protection department may turn it into a warning for its sector (Art. 24).
 */
@Service
public class ThreatReporting {

    private final ThreatReports threats;
    private final Warnings warnings;
    private final EarlyWarnings earlyWarnings;
    private final Organizations organizations;
    private final AssetRegistry assets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThreatReporting(ThreatReports threats, Warnings warnings, EarlyWarnings earlyWarnings, Organizations organizations,
            AssetRegistry assets, ApplicationEventPublisher events, Clock clock) {
        this.threats = threats;
        this.warnings = warnings;
        this.earlyWarnings = earlyWarnings;
        this.organizations = organizations;
        this.assets = assets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ThreatView report(Actor actor, ThreatRequest request) {
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("An operator's staff report the threats it discovers (Art. 18).");
        }
        Instant now = clock.instant();
        Validation v = new Validation();
        v.requireText(request.title(), "title", 300);
        v.requireText(request.description(), "description", 10_000);
        v.optionalText(request.indicators(), "indicators", 10_000);
        if (request.discoveredAt() == null) {
            v.add("discoveredAt", "validation.required", "is required");
        } else if (request.discoveredAt().isAfter(now)) {
            v.add("discoveredAt", "validation.notInFuture", "cannot be in the future");
        }
        List<UUID> assetIds = request.assetIds() == null ? List.of() : request.assetIds().stream().distinct().toList();
        v.throwIfInvalid();
        List<AssetRegistry.AssetSummary> affected = assets.visible(actor, assetIds);
        List<String> sectors = affected.isEmpty() ? actor.jurisdiction().sectors().stream().toList()
                : affected.stream().map(AssetRegistry.AssetSummary::sector).distinct().toList();
        Organizations.ReportingParties parties = organizations.reportingParties(actor.organizationId(), sectors)
                .orElseThrow();
        List<UUID> recipients = parties.addressees().stream()
                .filter(a -> a.kind() == OrganizationKind.PROTECTION_DEPARTMENT
                        || a.kind() == OrganizationKind.PUBLIC_SECURITY_ORGAN)
                .map(Organizations.Addressee::id).distinct().toList();
        if (recipients.isEmpty()) {
            throw ApiException.conflict("No protection department or public security organ is registered for your "
                    + "sectors and province; CIIP cannot route the report.");
        }
        ThreatReports.Deadline deadline = threats.deadline();
        UUID id = UUID.randomUUID();
        ThreatView threat = ThreatView.of(id, actor.organizationId(), parties.reporter().name(),
                request.title().trim(), request.description().trim(), Validation.blankToNull(request.indicators()),
                assetIds, request.discoveredAt(), now, request.discoveredAt().plus(Duration.ofHours(deadline.hours())),
                deadline.confirmed(), actor.username(), ThreatStatus.REPORTED, null, null, null);
        threats.insert(threat, deadline.version(), recipients);
        events.publishEvent(new ThreatReported(id, actor.organizationId(), parties.reporter().name(), threat.title(),
                threat.late(), recipients));
        return threat;
    }

    /** The report, for its operator and its recipients; 404 for anyone else. */
    public ThreatView find(Actor actor, UUID id) {
        return threats.find(id, actor.organizationId()).orElseThrow(() -> ApiException.notFound("Threat report " + id));
    }

    public PageResult<ThreatView> list(Actor actor, PageQuery page) {
        return threats.page(actor.organizationId(), page);
    }

    /** Whether the actor may acknowledge the report or turn it into a warning: one of its recipients. */
    public boolean isRecipient(Actor actor, ThreatView threat) {
        return !threat.operatorId().equals(actor.organizationId());
    }

    @Transactional
    public ThreatView acknowledge(Actor actor, UUID id) {
        ThreatView threat = received(actor, id);
        ThreatStatus.Step step = threat.status().acknowledge();
        if (!threats.move(id, step, clock.instant(), actor.username(), null)) {
            throw ApiException.conflict("This threat report was handled meanwhile.");
        }
        events.publishEvent(new ThreatAcknowledged(id, threat.operatorId(), actor.organizationId(), threat.title()));
        return find(actor, id);
    }

    /** A protection department turns the report into a warning for its sector, issued as any warning is. */
    @Transactional
    public WarningView warn(Actor actor, UUID id, WarningRequest request) {
        ThreatView threat = received(actor, id);
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            throw ApiException.forbidden("A protection department turns a threat report into a warning (Art. 24).");
        }
        ThreatStatus.Step step = threat.status().warn();
        WarningView warning = earlyWarnings.issue(actor, request);
        warnings.linkThreat(warning.id(), id);
        if (!threats.move(id, step, clock.instant(), actor.username(), warning.id())) {
            throw ApiException.conflict("This threat report was turned into a warning meanwhile.");
        }
        events.publishEvent(new ThreatTurnedIntoWarning(id, threat.operatorId(), warning.id(), threat.title()));
        return warning;
    }

    private ThreatView received(Actor actor, UUID id) {
        ThreatView threat = find(actor, id);
        if (!isRecipient(actor, threat)) {
            throw ApiException.forbidden("The recipients of a threat report acknowledge it.");
        }
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot handle threat reports.");
        }
        return threat;
    }
}
