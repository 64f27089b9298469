package org.ciip.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.ciip.incident.IncidentReporting;
import org.ciip.registry.OrganizationSummary;
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
 * Technical support (Art. 29): a protection department asks CAC, the telecom authority or MPS for support on an
 * incident, a threat report or a warning it can see; the addressee accepts and assigns the request, both write in its
 * thread, and the addressee closes it with the outcome. Only the two parties see it.
 */
@Service
public class TechnicalSupport {

    /** Who gives technical support under Art. 29. */
    public static final Set<OrganizationKind> ADDRESSEES = Set.of(OrganizationKind.CAC,
            OrganizationKind.TELECOM_AUTHORITY, OrganizationKind.MPS);

    private final SupportRequests requests;
    private final Organizations organizations;
    private final IncidentReporting incidents;
    private final ThreatReporting threats;
    private final EarlyWarnings warnings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TechnicalSupport(SupportRequests requests, Organizations organizations, IncidentReporting incidents,
            ThreatReporting threats, EarlyWarnings warnings, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.organizations = organizations;
        this.incidents = incidents;
        this.threats = threats;
        this.warnings = warnings;
        this.events = events;
        this.clock = clock;
    }

    /** The organizations a department may ask: CAC, the telecom authority and MPS, by name. */
    public List<OrganizationSummary> addressees() {
        return organizations.listAll().stream().filter(o -> ADDRESSEES.contains(o.kind())).toList();
    }

    @Transactional
    public SupportView request(Actor actor, SupportRequest r) {
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT) || !actor.canWrite()) {
            throw ApiException.forbidden("A protection department asks for technical support (Art. 29).");
        }
        Validation v = new Validation();
        v.requireText(r.title(), "title", 300);
        v.requireText(r.description(), "description", 10_000);
        if (r.addresseeId() == null || organizations.find(r.addresseeId()).filter(o -> ADDRESSEES.contains(o.kind()))
                .isEmpty()) {
            v.add("addresseeId", "validation.supportAddressee", "must be CAC, the telecom authority or MPS");
        }
        String kind = r.subjectKind() == null ? "" : r.subjectKind().trim().toUpperCase(Locale.ROOT);
        if (!List.of("INCIDENT", "THREAT", "WARNING", "OTHER").contains(kind)) {
            v.add("subjectKind", "validation.oneOf", "must be INCIDENT, THREAT, WARNING or OTHER",
                    "INCIDENT, THREAT, WARNING, OTHER");
        } else if (kind.equals("OTHER") != (r.subjectId() == null)) {
            v.add("subjectId", "validation.supportSubject", kind.equals("OTHER")
                    ? "is given only for an incident, a threat report or a warning" : "is required");
        } else if (!kind.equals("OTHER") && !visible(actor, kind, r.subjectId())) {
            v.add("subjectId", "validation.supportSubjectUnknown", "is not a " + kind.toLowerCase(Locale.ROOT)
                    + " you can see");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        requests.insert(id, actor.organizationId(), r.addresseeId(), kind, r.subjectId(), r.title().trim(),
                r.description().trim(), clock.instant(), actor.username());
        SupportView view = find(actor, id);
        events.publishEvent(new SupportRequested(id, r.addresseeId(), view.title(), view.requesterName(), kind));
        return view;
    }

    private boolean visible(Actor actor, String kind, UUID id) {
        try {
            switch (kind) {
                case "INCIDENT" -> incidents.find(actor, id);
                case "THREAT" -> threats.find(actor, id);
                default -> warnings.find(actor, id);
            }
            return true;
        } catch (ApiException e) {
            if (e.getStatusCode().value() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** The request with its thread, for its two parties; 404 for anyone else. */
    public SupportView find(Actor actor, UUID id) {
        return requests.find(id, actor.organizationId())
                .orElseThrow(() -> ApiException.notFound("Support request " + id));
    }

    public PageResult<SupportView> list(Actor actor, PageQuery page) {
        return requests.page(actor.organizationId(), page);
    }

    @Transactional
    public SupportView accept(Actor actor, UUID id, String assignee) {
        SupportView request = addressed(actor, id);
        SupportStatus.Step step = request.status().accept();
        Validation v = new Validation();
        v.requireText(assignee, "assignee", 100);
        v.throwIfInvalid();
        if (!requests.accept(id, step, assignee.trim(), clock.instant())) {
            throw ApiException.conflict("This request was handled meanwhile.");
        }
        events.publishEvent(new SupportAccepted(id, request.requesterId(), request.title(), assignee.trim()));
        return find(actor, id);
    }

    @Transactional
    public SupportView close(Actor actor, UUID id, String outcome) {
        SupportView request = addressed(actor, id);
        SupportStatus.Step step = request.status().close();
        Validation v = new Validation();
        v.requireText(outcome, "outcome", 5_000);
        v.throwIfInvalid();
        if (!requests.close(id, step, outcome.trim(), clock.instant())) {
            throw ApiException.conflict("This request was handled meanwhile.");
        }
        events.publishEvent(new SupportClosed(id, request.requesterId(), request.title(), outcome.trim()));
        return find(actor, id);
    }

    /** A message in the thread, by either party, while the request is open. */
    @Transactional
    public SupportView write(Actor actor, UUID id, String body) {
        SupportView request = find(actor, id);
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot write in a support thread.");
        }
        if (!request.status().open()) {
            throw ApiException.conflict("This request is closed: its thread takes no more messages.");
        }
        Validation v = new Validation();
        v.requireText(body, "body", 10_000);
        v.throwIfInvalid();
        Instant now = clock.instant();
        int seq = requests.addMessage(id, actor.organizationId(), actor.username(), body.trim(), now);
        UUID other = request.requesterId().equals(actor.organizationId()) ? request.addresseeId()
                : request.requesterId();
        events.publishEvent(new SupportMessageWritten(id, other, request.title(), seq));
        return find(actor, id);
    }

    private SupportView addressed(Actor actor, UUID id) {
        SupportView request = find(actor, id);
        if (!request.addresseeId().equals(actor.organizationId())) {
            throw ApiException.forbidden("The addressee of a request accepts and closes it.");
        }
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot handle support requests.");
        }
        return request;
    }
}
