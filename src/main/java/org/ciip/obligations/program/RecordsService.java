package org.ciip.obligations.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written side of the program: protection and responsibility systems and plans (Art. 13, 15), drills and
 * training (Art. 15(3), 15(5)), the measures signed off at each stage of a CII asset's life (Art. 12) and corporate
 * changes with the department's requirements (Art. 21).
 */
@Service
public class RecordsService {

    public static final Set<String> DOCUMENT_KINDS = Set.of("PROTECTION_SYSTEM", "RESPONSIBILITY_SYSTEM",
            "SECURITY_PLAN", "EMERGENCY_PLAN", "DATA_PROTECTION_SYSTEM", "SERVICE_SECURITY_MANAGEMENT");
    public static final Set<String> ACTIVITY_KINDS = Set.of("DRILL", "TRAINING");
    public static final Set<String> STAGES = Set.of("PLANNING", "CONSTRUCTION", "USE");
    public static final Set<String> CHANGE_KINDS = Set.of("MERGER", "DIVISION", "DISSOLUTION", "OTHER");

    private final ProgramDocuments documents;
    private final ProgramActivities activities;
    private final AssetMeasures measures;
    private final CorporateChanges changes;
    private final OperatorAccess access;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordsService(ProgramDocuments documents, ProgramActivities activities, AssetMeasures measures,
            CorporateChanges changes, OperatorAccess access, AssetRegistry assets, Organizations organizations,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.activities = activities;
        this.measures = measures;
        this.changes = changes;
        this.access = access;
        this.assets = assets;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- documents (Art. 13, 15) -------------------------------------------------------------------------------

    public record DocumentRequest(String kind, String title, String summary, LocalDate reviewDue) {
    }

    public record DocumentView(UUID id, String kind, String title, String summary, LocalDate reviewDue,
            LocalDate approvedOn, String approvedBy, Instant createdAt, String createdBy) {
    }

    @Transactional
    public DocumentView addDocument(Actor actor, UUID operatorId, DocumentRequest request) {
        access.writable(actor, operatorId);
        Validation v = new Validation();
        oneOf(v, request.kind(), "kind", DOCUMENT_KINDS);
        v.requireText(request.title(), "title", 300);
        v.optionalText(request.summary(), "summary", 20000);
        if (request.reviewDue() == null) {
            v.add("reviewDue", "validation.required", "is required");
        } else if (!request.reviewDue().isAfter(today())) {
            v.add("reviewDue", "validation.inFuture", "must be in the future");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        documents.insert(id, operatorId, request, Validation.blankToNull(request.summary()), clock.instant(),
                actor.username());
        audit.record("PROGRAM_DOCUMENT_ADDED", "ProgramDocument", id,
                Map.of("kind", request.kind(), "title", request.title().trim()));
        return document(actor, operatorId, id);
    }

    /** Approval by the principal or the security officer (Art. 13). */
    @Transactional
    public DocumentView approveDocument(Actor actor, UUID operatorId, UUID documentId) {
        access.writable(actor, operatorId);
        if (!actor.canApprove()) {
            throw ApiException.forbidden("The principal or the security officer approves systems and plans (Art. 13).");
        }
        DocumentView document = document(actor, operatorId, documentId);
        if (document.approvedOn() != null) {
            throw ApiException.conflict("This document was approved on " + document.approvedOn() + ".");
        }
        // approved once: of two concurrent approvals only the first writes
        if (!documents.approve(documentId, today(), actor.username())) {
            throw ApiException.conflict("This document was approved meanwhile.");
        }
        audit.record("PROGRAM_DOCUMENT_APPROVED", "ProgramDocument", documentId, Map.of("kind", document.kind()));
        return document(actor, operatorId, documentId);
    }

    public DocumentView document(Actor actor, UUID operatorId, UUID id) {
        access.readable(actor, operatorId);
        return documents.find(operatorId, id).orElseThrow(() -> ApiException.notFound("Document " + id));
    }

    public List<DocumentView> documents(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return documents.list(operatorId);
    }

    // ---- drills and training (Art. 15(3), 15(5)) -------------------------------------------------------------

    public record ActivityRequest(String kind, LocalDate heldOn, String title, String participants, String findings) {
    }

    public record ActivityView(UUID id, String kind, LocalDate heldOn, String title, String participants,
            String findings, Instant recordedAt) {
    }

    @Transactional
    public ActivityView recordActivity(Actor actor, UUID operatorId, ActivityRequest request) {
        access.writable(actor, operatorId);
        Validation v = new Validation();
        oneOf(v, request.kind(), "kind", ACTIVITY_KINDS);
        v.requirePastDate(request.heldOn(), "heldOn", today());
        v.requireText(request.title(), "title", 300);
        v.requireText(request.participants(), "participants", 2000);
        v.optionalText(request.findings(), "findings", 20000);
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        activities.insert(id, operatorId, request, Validation.blankToNull(request.findings()), clock.instant(),
                actor.username());
        audit.record("PROGRAM_ACTIVITY_RECORDED", "ProgramActivity", id,
                Map.of("kind", request.kind(), "heldOn", request.heldOn().toString()));
        return activities.find(id);
    }

    /** The operator's drills and trainings, newest first, a page at a time. */
    public PageResult<ActivityView> activities(Actor actor, UUID operatorId, PageQuery page) {
        access.readable(actor, operatorId);
        return activities.page(operatorId, page);
    }


    // ---- synchronous planning (Art. 12) --------------------------------------------------------------------------

    public record MeasureRequest(UUID assetId, String stage, String measures, LocalDate signedOffOn,
            String signedOffBy) {
    }

    public record MeasureView(UUID id, UUID assetId, String assetName, String stage, String measures,
            LocalDate signedOffOn, String signedOffBy) {
    }

    @Transactional
    public MeasureView recordMeasures(Actor actor, UUID operatorId, MeasureRequest request) {
        access.writable(actor, operatorId);
        Validation v = new Validation();
        v.require(request.assetId() != null, "assetId", "validation.required", "is required");
        oneOf(v, request.stage(), "stage", STAGES);
        v.requireText(request.measures(), "measures", 20000);
        v.requirePastDate(request.signedOffOn(), "signedOffOn", today());
        v.requireText(request.signedOffBy(), "signedOffBy", 100);
        v.throwIfInvalid();
        AssetRegistry.AssetSummary asset = assets.visible(actor, request.assetId());
        if (!asset.operatorId().equals(operatorId)) {
            throw ApiException.notFound("Asset " + request.assetId());
        }
        UUID id = UUID.randomUUID();
        measures.insert(id, operatorId, asset.id(), request, clock.instant(), actor.username());
        audit.record("ASSET_MEASURES_SIGNED_OFF", "AssetMeasure", id,
                Map.of("assetId", asset.id().toString(), "stage", request.stage()));
        return measures.find(id);
    }

    public List<MeasureView> measures(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return measures.list(operatorId);
    }


    // ---- corporate changes (Art. 21) ---------------------------------------------------------------------------

    public record ChangeRequest(String kind, String description, LocalDate effectiveOn, String disposalPlan) {
    }

    public record RequirementsRequest(String requirements, LocalDate dueOn) {
    }

    public record CompletionRequest(LocalDate completedOn, String note) {
    }

    public record CorporateChangeView(UUID id, UUID operatorId, String operatorName, String kind, String description,
            LocalDate effectiveOn, String disposalPlan, Instant reportedAt, String requirements, LocalDate requirementsDue,
            Instant requirementsSetAt, CorporateChangeStatus status, LocalDate completedOn, String completionNote, boolean overdue) {
    }

    @Transactional
    public CorporateChangeView reportChange(Actor actor, UUID operatorId, ChangeRequest request) {
        OperatorAccess.OperatorRef operator = access.writable(actor, operatorId);
        Validation v = new Validation();
        oneOf(v, request.kind(), "kind", CHANGE_KINDS);
        v.requireText(request.description(), "description", 20000);
        v.require(request.effectiveOn() != null, "effectiveOn", "validation.required", "is required");
        v.requireText(request.disposalPlan(), "disposalPlan", 20000);
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        changes.insert(id, operatorId, request, clock.instant(), actor.username());
        List<UUID> departments = operator.sectors().stream()
                .flatMap(s -> organizations.departmentsFor(s, operator.regionCode()).stream()).distinct().toList();
        events.publishEvent(new org.ciip.obligations.CorporateChangeReported(id, operatorId, operator.name(),
                request.kind(), request.effectiveOn(), request.description().trim(), departments));
        return change(actor, id);
    }

    /** The protection department sets its requirements for disposing of the CII (Art. 21). */
    @Transactional
    public CorporateChangeView setRequirements(Actor actor, UUID changeId, RequirementsRequest request) {
        CorporateChangeView change = change(actor, changeId);
        access.supervisedBy(actor, change.operatorId());
        CorporateChange.of(change).requireOpenForRequirements();
        Validation v = new Validation();
        v.requireText(request.requirements(), "requirements", 20000);
        if (request.dueOn() == null) {
            v.add("dueOn", "validation.required", "is required");
        } else if (request.dueOn().isBefore(today())) {
            v.add("dueOn", "validation.notInPast", "cannot be in the past");
        }
        v.throwIfInvalid();
        // requirements may be revised until the change is completed, and not after a concurrent completion
        if (!changes.setRequirements(changeId, request.requirements().trim(), request.dueOn(), clock.instant(),
                actor.username())) {
            throw ApiException.conflict("This corporate change was completed meanwhile.");
        }
        events.publishEvent(new org.ciip.obligations.CorporateChangeRequirementsSet(changeId, change.operatorId(),
                request.dueOn(), request.requirements().trim(), clock.instant()));
        return change(actor, changeId);
    }

    public record DrillIntervalRequest(Integer months, String basis) {
    }

    public record DrillIntervalView(UUID operatorId, int months, String basis, String setBy, Instant setAt) {
    }

    /** The interval the operator's protection department set for its drills (Art. 15(3)); empty: yearly. */
    public java.util.Optional<DrillIntervalView> drillInterval(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return activities.drillInterval(operatorId);
    }

    /** The protection department sets how often the operator drills its emergency plan (Art. 15(3)). */
    @Transactional
    public DrillIntervalView setDrillInterval(Actor actor, UUID operatorId, DrillIntervalRequest request) {
        access.supervisedBy(actor, operatorId);
        Validation v = new Validation();
        if (request.months() == null) {
            v.add("months", "validation.required", "is required");
        } else {
            v.require(request.months() >= 1 && request.months() <= 24, "months", "validation.range",
                    "must be between 1 and 24", 1, 24);
        }
        v.requireText(request.basis(), "basis", 1000);
        v.throwIfInvalid();
        activities.setDrillInterval(operatorId, request.months(), request.basis().trim(), actor.organizationId(),
                clock.instant(), actor.username());
        events.publishEvent(new org.ciip.obligations.DrillIntervalSet(operatorId, request.months(),
                request.basis().trim(), clock.instant()));
        // the department's own decision, read back as its answer
        return activities.drillInterval(operatorId).orElseThrow();
    }

    @Transactional
    public CorporateChangeView complete(Actor actor, UUID changeId, CompletionRequest request) {
        CorporateChangeView change = change(actor, changeId);
        access.writable(actor, change.operatorId());
        CorporateChange.of(change).requireCompletable();
        Validation v = new Validation();
        v.requirePastDate(request.completedOn(), "completedOn", today());
        v.requireText(request.note(), "note", 20000);
        v.throwIfInvalid();
        // the update names the state it expects: of two concurrent completions only one passes
        if (!changes.complete(changeId, request.completedOn(), request.note().trim())) {
            throw ApiException.conflict("This change is already completed.");
        }
        events.publishEvent(new org.ciip.obligations.CorporateChangeCompleted(changeId, change.operatorId(),
                request.completedOn(), request.completedOn().isAfter(change.requirementsDue())));
        return change(actor, changeId);
    }

    public CorporateChangeView change(Actor actor, UUID id) {
        return changes.find(actor, id, today()).orElseThrow(() -> ApiException.notFound("Corporate change " + id));
    }

    public List<CorporateChangeView> changes(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return changes.list(operatorId, today());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private LocalDate today() {
        return LegalTime.today(clock);
    }

    static void oneOf(Validation v, String value, String field, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            v.add(field, "validation.required", "is required");
        } else if (!allowed.contains(value)) {
            String list = String.join(", ", allowed.stream().sorted().toList());
            v.add(field, "validation.oneOf", "must be one of " + list, list);
        }
    }

}
