package org.ciip.supervision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.audit.ProtectedReads;
import org.ciip.audit.Purpose;
import org.ciip.enforcement.Accountability;
import org.ciip.enforcement.AccountabilityViews;
import org.ciip.shared.Actor;
import org.ciip.shared.Hashing;
import org.ciip.shared.LegalTime;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.Validation;
import org.ciip.shared.files.UploadedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Carrying out an inspection (Art. 26-28, 42, 45): the operator confirms it, records who attended and provides
 * documents, which the team reads under the inspection's purpose (Art. 30); the team records findings with a
 * rectification deadline, the operator rectifies them and the team verifies each, then closes the inspection. The team
 * records a failure to cooperate (Art. 42) and clears it when the operator cooperates afterwards. The operator reports
 * a fee or a designated brand (Art. 27, 45) to MPS and CAC, out of the inspecting body's view.
 */
@Service
public class InspectionConduct {

    public static final List<String> NON_COOPERATION = List.of("REFUSED_ACCESS", "WITHHELD_DOCUMENTS", "MISSED_DATE");

    private final InspectionPlanning planning;
    private final InspectionRecords records;
    private final InspectionFiles files;
    private final ProtectedReads protectedReads;
    private final AuditTrail audit;
    private final Accountability accountability;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxSize;

    InspectionConduct(InspectionPlanning planning, InspectionRecords records, InspectionFiles files,
            ProtectedReads protectedReads, AuditTrail audit, Accountability accountability,
            ApplicationEventPublisher events, Clock clock,
            @Value("${ciip.evidence.max-size:10MB}") DataSize maxSize) {
        this.planning = planning;
        this.records = records;
        this.files = files;
        this.protectedReads = protectedReads;
        this.audit = audit;
        this.accountability = accountability;
        this.events = events;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** The operator confirms the inspection; its bodies are told. */
    @Transactional
    public InspectionView confirm(Actor actor, UUID id) {
        InspectionView i = operator(actor, id);
        if (!records.confirm(id, i.status().confirm(), clock.instant(), actor.username())) {
            throw ApiException.conflict("This inspection changed meanwhile.");
        }
        events.publishEvent(new InspectionConfirmed(id, bodies(i), i.number()));
        return planning.find(actor, id);
    }

    /** The operator records who attended the inspection for it (names and positions). */
    @Transactional
    public InspectionView recordAttendance(Actor actor, UUID id, String attendees) {
        InspectionView i = operator(actor, id);
        Validation v = new Validation();
        v.requireText(attendees, "attendees", 2000);
        v.throwIfInvalid();
        if (!records.attend(id, attendees.trim())) {
            throw ApiException.conflict("Attendance is recorded once the inspection is confirmed, and before it "
                    + "closes.");
        }
        audit.record("INSPECTION_ATTENDANCE_RECORDED", "Inspection", id, Map.of("number", i.number()));
        return planning.find(actor, id);
    }

    /** The operator provides a document to the team while the inspection is open. */
    @Transactional
    public InspectionView provideDocument(Actor actor, UUID id, String originalName, byte[] content) {
        InspectionView i = operator(actor, id);
        if (!i.status().open()) {
            throw ApiException.conflict("This inspection is " + i.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        String name = originalName == null ? "" : originalName.trim();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = UploadedFiles.TYPES.get(extension);
        if (content == null || content.length == 0) {
            throw fileProblem("validation.fileEmpty", "is empty");
        } else if (content.length > maxSize.toBytes()) {
            throw fileProblem("validation.fileTooLarge", "is larger than the limit of " + maxSize.toKilobytes()
                    + " KB", maxSize.toKilobytes());
        } else if (type == null) {
            String types = String.join(", ", UploadedFiles.TYPES.keySet().stream().sorted().toList());
            throw fileProblem("validation.fileType", "must be one of " + types, types);
        } else if (!UploadedFiles.contentMatches(extension, content)) {
            throw fileProblem("validation.fileContent", "does not contain what its extension ." + extension
                    + " says", extension);
        }
        UUID documentId = UUID.randomUUID();
        String sha256 = Hashing.sha256Hex(content);
        files.insertDocument(documentId, id, name.length() > 255 ? name.substring(0, 255) : name, type, content,
                sha256, clock.instant(), actor.username());
        events.publishEvent(new InspectionDocumentProvided(id, bodies(i), i.number(), documentId, name, sha256));
        return planning.find(actor, id);
    }

    private static ApiException fileProblem(String code, String message, Object... args) {
        return ApiException.invalid(List.of(new FieldProblem("file", message, null, code, List.of(args))));
    }

    /** A document's name, type and bytes. */
    public record DocumentContent(String fileName, String contentType, byte[] bytes) {
    }

    /** A document, for the operator and the inspecting bodies; a body's read is audited with the inspection. */
    public DocumentContent document(Actor actor, UUID id, UUID documentId) {
        InspectionView i = planning.find(actor, id);
        if (!i.operatorId().equals(actor.organizationId()) && !i.inspectedBy(actor.organizationId())) {
            throw ApiException.notFound("Document " + documentId);
        }
        InspectionFiles.Content content = files.content(id, documentId)
                .orElseThrow(() -> ApiException.notFound("Document " + documentId));
        protectedReads.opened(actor, i.operatorId(), "InspectionDocument", documentId, Purpose.of("INSPECTION", id));
        return new DocumentContent(content.fileName(), content.contentType(), content.bytes());
    }

    /** The team records a finding with the date to rectify it by. */
    @Transactional
    public InspectionView recordFinding(Actor actor, UUID id, String title, String severity, LocalDate rectifyBy) {
        InspectionView i = team(actor, id);
        if (i.status() != InspectionStatus.CONFIRMED) {
            throw ApiException.conflict("Findings are recorded in a confirmed inspection that is not closed.");
        }
        LocalDate today = LegalTime.today(clock);
        Validation v = new Validation();
        v.requireText(title, "title", 500);
        if (severity == null || !List.of("CRITICAL", "HIGH", "MEDIUM", "LOW").contains(severity)) {
            v.add("severity", "validation.oneOf", "must be CRITICAL, HIGH, MEDIUM or LOW", "CRITICAL, HIGH, MEDIUM, LOW");
        }
        if (rectifyBy == null) {
            v.add("rectifyBy", "validation.required", "is required");
        } else if (rectifyBy.isBefore(today) || rectifyBy.isAfter(today.plusYears(2))) {
            v.add("rectifyBy", "validation.rectifyBy", "must be between today and two years from now");
        }
        v.throwIfInvalid();
        records.lock(id);
        int seq = files.addFinding(id, title.trim(), severity, rectifyBy, clock.instant(), actor.username());
        events.publishEvent(new InspectionFindingRecorded(id, List.of(i.operatorId()), i.number(), seq, severity,
                rectifyBy));
        return planning.find(actor, id);
    }

    /** The operator reports a finding rectified, with its evidence. */
    @Transactional
    public InspectionView rectify(Actor actor, UUID id, int seq, String rectification) {
        InspectionView i = operator(actor, id);
        Validation v = new Validation();
        v.requireText(rectification, "rectification", 10_000);
        v.throwIfInvalid();
        if (!files.rectify(id, seq, rectification.trim(), clock.instant(), actor.username())) {
            throw missingOr(i, seq, "This finding was rectified already.");
        }
        events.publishEvent(new InspectionFindingRectified(id, bodies(i), i.number(), seq));
        return planning.find(actor, id);
    }

    /** The team verifies a rectified finding. */
    @Transactional
    public InspectionView verify(Actor actor, UUID id, int seq) {
        InspectionView i = team(actor, id);
        if (!files.verify(id, seq, clock.instant(), actor.username())) {
            throw missingOr(i, seq, "Only a rectified finding is verified.");
        }
        events.publishEvent(new InspectionFindingVerified(id, List.of(i.operatorId()), i.number(), seq));
        return planning.find(actor, id);
    }

    private static ApiException missingOr(InspectionView i, int seq, String conflict) {
        return i.findings().stream().anyMatch(f -> f.seq() == seq) ? ApiException.conflict(conflict)
                : ApiException.notFound("Finding " + seq);
    }

    /** The team records that the operator did not cooperate (Art. 28): a breach of Art. 42 until cleared. */
    @Transactional
    public InspectionView recordNonCooperation(Actor actor, UUID id, String kind, String facts, LocalDate on) {
        InspectionView i = team(actor, id);
        if (!i.status().open()) {
            throw ApiException.conflict("This inspection is " + i.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        LocalDate today = LegalTime.today(clock);
        Validation v = new Validation();
        String k = kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT);
        if (!NON_COOPERATION.contains(k)) {
            v.add("kind", "validation.oneOf", "must be REFUSED_ACCESS, WITHHELD_DOCUMENTS or MISSED_DATE",
                    "REFUSED_ACCESS, WITHHELD_DOCUMENTS, MISSED_DATE");
        }
        v.requireText(facts, "facts", 10_000);
        if (on == null) {
            v.add("occurredOn", "validation.required", "is required");
        } else if (on.isAfter(today) || on.isBefore(i.plannedAt().atZone(LegalTime.ZONE).toLocalDate())) {
            v.add("occurredOn", "validation.occurredOn", "must be between the planning of the inspection and today");
        }
        v.throwIfInvalid();
        UUID recordId = UUID.randomUUID();
        files.insertNonCooperation(recordId, id, i.operatorId(), k, facts.trim(), on, clock.instant(),
                actor.username());
        events.publishEvent(new NonCooperationRecorded(id, List.of(i.operatorId()), i.number(), recordId, k));
        return planning.find(actor, id);
    }

    /** The team records that the operator cooperated afterwards: from that day the failure no longer counts. */
    @Transactional
    public InspectionView clearNonCooperation(Actor actor, UUID id, UUID recordId, String note) {
        InspectionView i = team(actor, id);
        Validation v = new Validation();
        v.requireText(note, "note", 5000);
        v.throwIfInvalid();
        if (!files.clear(id, recordId, LegalTime.today(clock), note.trim(), actor.username())) {
            boolean known = i.nonCooperation().stream().anyMatch(n -> n.id().equals(recordId));
            throw known ? ApiException.conflict("This was cleared already.") : ApiException.notFound("Record "
                    + recordId);
        }
        events.publishEvent(new NonCooperationCleared(id, List.of(i.operatorId()), i.number(), recordId));
        return planning.find(actor, id);
    }

    /** The team closes the inspection once every finding is verified. */
    @Transactional
    public InspectionView close(Actor actor, UUID id, String conclusion) {
        InspectionView i = team(actor, id);
        InspectionStatus.Step step = i.status().close();
        Validation v = new Validation();
        v.requireText(conclusion, "conclusion", 20_000);
        v.throwIfInvalid();
        records.lock(id);
        long open = planning.find(actor, id).findings().stream().filter(f -> !f.status().equals("VERIFIED")).count();
        if (open > 0) {
            throw ApiException.conflict(open + " finding(s) are not verified yet.");
        }
        if (!records.close(id, step, conclusion.trim(), clock.instant())) {
            throw ApiException.conflict("This inspection changed meanwhile.");
        }
        List<UUID> to = new ArrayList<>(bodies(i));
        to.remove(actor.organizationId());
        to.add(i.operatorId());
        events.publishEvent(new InspectionClosed(id, to, i.number(), i.findings().size()));
        return planning.find(actor, id);
    }

    /**
     * The operator reports that the inspecting body charged a fee or required a brand or seller (Art. 27, 45): the
     * report goes to MPS and CAC, the inspecting body's higher authorities, and the body does not see it.
     */
    @Transactional
    public InspectionView reportConduct(Actor actor, UUID id, String kind, String description, BigDecimal amount) {
        InspectionView i = operator(actor, id);
        UUID body = i.bodies().stream().filter(b -> b.role().equals("LEAD")).findFirst().orElseThrow().id();
        String text = description == null || description.isBlank() ? description
                : "Inspection " + i.number() + ": " + description.trim();
        AccountabilityViews.ConductReport report = accountability.reportConduct(actor,
                new AccountabilityViews.NewConductReport(body, kind, text, amount));
        files.linkConductReport(id, report.id(), i.operatorId());
        return planning.find(actor, id);
    }

    private InspectionView operator(Actor actor, UUID id) {
        InspectionView i = planning.find(actor, id);
        if (!i.operatorId().equals(actor.organizationId()) || !actor.canWrite()) {
            throw ApiException.forbidden("The inspected operator does this.");
        }
        return i;
    }

    private InspectionView team(Actor actor, UUID id) {
        InspectionView i = planning.find(actor, id);
        if (!i.inspectedBy(actor.organizationId()) || !actor.canWrite()) {
            throw ApiException.forbidden("The inspection team does this.");
        }
        return i;
    }

    private static List<UUID> bodies(InspectionView i) {
        return i.bodies().stream().map(InspectionView.Body::id).toList();
    }
}
