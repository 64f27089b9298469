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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final OperatorAccess access;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordsService(JdbcClient jdbc, OperatorAccess access, AssetRegistry assets, Organizations organizations,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
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
        jdbc.sql("""
                insert into program_document (id, operator_id, kind, title, summary, review_due, created_at, created_by)
                values (:id, :op, :kind, :title, :summary, :due, :now, :by)""")
                .param("id", id).param("op", operatorId).param("kind", request.kind())
                .param("title", request.title().trim()).param("summary", Validation.blankToNull(request.summary()))
                .param("due", request.reviewDue()).param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username()).update();
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
        if (jdbc.sql("update program_document set approved_on = :on, approved_by = :by where id = :id "
                        + "and approved_on is null")
                .param("on", today()).param("by", actor.username()).param("id", documentId).update() == 0) {
            throw ApiException.conflict("This document was approved meanwhile.");
        }
        audit.record("PROGRAM_DOCUMENT_APPROVED", "ProgramDocument", documentId, Map.of("kind", document.kind()));
        return document(actor, operatorId, documentId);
    }

    public DocumentView document(Actor actor, UUID operatorId, UUID id) {
        access.readable(actor, operatorId);
        return jdbc.sql("select * from program_document where id = :id and operator_id = :op").param("id", id)
                .param("op", operatorId).query(RecordsService::mapDocument).optional()
                .orElseThrow(() -> ApiException.notFound("Document " + id));
    }

    public List<DocumentView> documents(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return jdbc.sql("select * from program_document where operator_id = :op order by kind, created_at desc")
                .param("op", operatorId).query(RecordsService::mapDocument).list();
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
        jdbc.sql("""
                insert into program_activity (id, operator_id, kind, held_on, title, participants, findings,
                    recorded_at, recorded_by)
                values (:id, :op, :kind, :on, :title, :participants, :findings, :now, :by)""")
                .param("id", id).param("op", operatorId).param("kind", request.kind()).param("on", request.heldOn())
                .param("title", request.title().trim()).param("participants", request.participants().trim())
                .param("findings", Validation.blankToNull(request.findings()))
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).update();
        audit.record("PROGRAM_ACTIVITY_RECORDED", "ProgramActivity", id,
                Map.of("kind", request.kind(), "heldOn", request.heldOn().toString()));
        return jdbc.sql("select * from program_activity where id = :id").param("id", id)
                .query(RecordsService::mapActivity).single();
    }

    /** The operator's drills and trainings, newest first, a page at a time. */
    public PageResult<ActivityView> activities(Actor actor, UUID operatorId, PageQuery page) {
        access.readable(actor, operatorId);
        long total = jdbc.sql("select count(*) from program_activity where operator_id = :op")
                .param("op", operatorId).query(Long.class).single();
        List<ActivityView> items = jdbc.sql("select * from program_activity where operator_id = :op "
                        + "order by held_on desc, recorded_at desc, id limit :limit offset :offset")
                .param("op", operatorId).param("limit", page.size()).param("offset", page.offset())
                .query(RecordsService::mapActivity).list();
        return PageResult.of(items, page, total);
    }

    private static ActivityView mapActivity(ResultSet rs, int row) throws SQLException {
        return new ActivityView(UUID.fromString(rs.getString("id")), rs.getString("kind"),
                rs.getObject("held_on", LocalDate.class), rs.getString("title"), rs.getString("participants"),
                rs.getString("findings"), rs.getTimestamp("recorded_at").toInstant());
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
        jdbc.sql("""
                insert into asset_measure (id, operator_id, asset_id, stage, measures, signed_off_on, signed_off_by,
                    recorded_at, recorded_by)
                values (:id, :op, :asset, :stage, :measures, :on, :signer, :now, :by)""")
                .param("id", id).param("op", operatorId).param("asset", asset.id()).param("stage", request.stage())
                .param("measures", request.measures().trim()).param("on", request.signedOffOn())
                .param("signer", request.signedOffBy().trim()).param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username()).update();
        audit.record("ASSET_MEASURES_SIGNED_OFF", "AssetMeasure", id,
                Map.of("assetId", asset.id().toString(), "stage", request.stage()));
        return jdbc.sql(MEASURE_SELECT + " where m.id = :id").param("id", id).query(RecordsService::mapMeasure)
                .single();
    }

    public List<MeasureView> measures(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return jdbc.sql(MEASURE_SELECT + " where m.operator_id = :op order by a.name, m.stage, m.signed_off_on desc")
                .param("op", operatorId).query(RecordsService::mapMeasure).list();
    }

    private static final String MEASURE_SELECT =
            "select m.*, a.name as asset_name from asset_measure m join asset a on a.id = m.asset_id";

    private static MeasureView mapMeasure(ResultSet rs, int row) throws SQLException {
        return new MeasureView(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("asset_id")),
                rs.getString("asset_name"), rs.getString("stage"), rs.getString("measures"),
                rs.getObject("signed_off_on", LocalDate.class), rs.getString("signed_off_by"));
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
            Instant requirementsSetAt, String status, LocalDate completedOn, String completionNote, boolean overdue) {
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
        jdbc.sql("""
                insert into corporate_change (id, operator_id, kind, description, effective_on, disposal_plan,
                    reported_at, reported_by, status)
                values (:id, :op, :kind, :description, :effective, :plan, :now, :by, 'REPORTED')""")
                .param("id", id).param("op", operatorId).param("kind", request.kind())
                .param("description", request.description().trim()).param("effective", request.effectiveOn())
                .param("plan", request.disposalPlan().trim()).param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username()).update();
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
        if (change.status().equals("COMPLETED")) {
            throw ApiException.conflict("This corporate change was completed on " + change.completedOn() + ".");
        }
        Validation v = new Validation();
        v.requireText(request.requirements(), "requirements", 20000);
        if (request.dueOn() == null) {
            v.add("dueOn", "validation.required", "is required");
        } else if (request.dueOn().isBefore(today())) {
            v.add("dueOn", "validation.notInPast", "cannot be in the past");
        }
        v.throwIfInvalid();
        // requirements may be revised until the change is completed, and not after a concurrent completion
        if (jdbc.sql("""
                update corporate_change set requirements = :req, requirements_due = :due, requirements_set_at = :now,
                    requirements_set_by = :by, status = 'REQUIREMENTS_SET' where id = :id and status <> 'COMPLETED'""")
                .param("req", request.requirements().trim()).param("due", request.dueOn())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).param("id", changeId)
                .update() == 0) {
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
        return jdbc.sql("select * from drill_interval where operator_id = :op").param("op", operatorId)
                .query((rs, n) -> new DrillIntervalView(operatorId, rs.getInt("months"), rs.getString("basis"),
                        rs.getString("set_by"), rs.getTimestamp("set_at").toInstant())).optional();
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
        jdbc.sql("""
                insert into drill_interval (operator_id, months, basis, set_by_org, set_by, set_at)
                values (:op, :months, :basis, :org, :by, :now)
                on conflict (operator_id) do update set months = excluded.months, basis = excluded.basis,
                    set_by_org = excluded.set_by_org, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("op", operatorId).param("months", request.months()).param("basis", request.basis().trim())
                .param("org", actor.organizationId()).param("by", actor.username())
                .param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(new org.ciip.obligations.DrillIntervalSet(operatorId, request.months(),
                request.basis().trim(), clock.instant()));
        return drillInterval(actor, operatorId).orElseThrow();
    }

    @Transactional
    public CorporateChangeView complete(Actor actor, UUID changeId, CompletionRequest request) {
        CorporateChangeView change = change(actor, changeId);
        access.writable(actor, change.operatorId());
        if (!change.status().equals("REQUIREMENTS_SET")) {
            throw ApiException.conflict(change.status().equals("COMPLETED") ? "This change is already completed."
                    : "The protection department has not set its requirements yet (Art. 21).");
        }
        Validation v = new Validation();
        v.requirePastDate(request.completedOn(), "completedOn", today());
        v.requireText(request.note(), "note", 20000);
        v.throwIfInvalid();
        // the update names the state it expects: of two concurrent completions only one passes
        if (jdbc.sql("update corporate_change set status = 'COMPLETED', completed_on = :on, completion_note = :note "
                        + "where id = :id and status = 'REQUIREMENTS_SET'")
                .param("on", request.completedOn()).param("note", request.note().trim()).param("id", changeId)
                .update() == 0) {
            throw ApiException.conflict("This change is already completed.");
        }
        audit.record("CORPORATE_CHANGE_COMPLETED", "CorporateChange", changeId,
                Map.of("completedOn", request.completedOn().toString(), "late",
                        request.completedOn().isAfter(change.requirementsDue())));
        return change(actor, changeId);
    }

    private static final String CHANGE_SELECT = """
            select c.*, o.name as operator_name from corporate_change c join organization o on o.id = c.operator_id""";

    public CorporateChangeView change(Actor actor, UUID id) {
        var scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        return jdbc.sql(CHANGE_SELECT + " where c.id = :id and " + scope.sql()).params(scope.params())
                .param("id", id).query(this::mapChange).optional()
                .orElseThrow(() -> ApiException.notFound("Corporate change " + id));
    }

    public List<CorporateChangeView> changes(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return jdbc.sql(CHANGE_SELECT + " where c.operator_id = :op order by c.reported_at desc")
                .param("op", operatorId).query(this::mapChange).list();
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

    private static DocumentView mapDocument(ResultSet rs, int row) throws SQLException {
        return new DocumentView(UUID.fromString(rs.getString("id")), rs.getString("kind"), rs.getString("title"),
                rs.getString("summary"), rs.getObject("review_due", LocalDate.class),
                rs.getObject("approved_on", LocalDate.class), rs.getString("approved_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private CorporateChangeView mapChange(ResultSet rs, int row) throws SQLException {
        Timestamp set = rs.getTimestamp("requirements_set_at");
        LocalDate due = rs.getObject("requirements_due", LocalDate.class);
        String status = rs.getString("status");
        return new CorporateChangeView(UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("operator_id")), rs.getString("operator_name"), rs.getString("kind"),
                rs.getString("description"), rs.getObject("effective_on", LocalDate.class),
                rs.getString("disposal_plan"), rs.getTimestamp("reported_at").toInstant(),
                rs.getString("requirements"), due, set == null ? null : set.toInstant(), status,
                rs.getObject("completed_on", LocalDate.class), rs.getString("completion_note"),
                status.equals("REQUIREMENTS_SET") && due != null && due.isBefore(today()));
    }
}
