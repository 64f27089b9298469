package org.ciip.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Purpose-bound access (Art. 30, 46): a regulator or service agency opening an operator's protected records does so
 * under a purpose, and every such read is audited with it. The purpose is the record's own (an incident read by its
 * recipient), else one another module knows ({@link PurposeSource}: an open case of the reader against the
 * operator), else the one the reader states: on the API as {@code purpose} and {@code purposeNote} (query parameters,
 * or the headers {@code CIIP-Purpose} and {@code CIIP-Purpose-Note}), on the pages once per operator and session.
 * Without one, {@link PurposeRequired}. The operator's own people read their records without a purpose.
 */
@Service
public class ProtectedReads {

    /** The session attribute holding the purposes a reader stated on the pages, by operator. */
    public static final String SESSION_PURPOSES = "ciip.purposes";
    private static final String READ_IN_REQUEST = ProtectedReads.class.getName() + ".read";

    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<PurposeSource> sources;
    private final Clock clock;

    ProtectedReads(AuditTrail audit, JdbcClient jdbc, PlatformTransactionManager transactions,
            ObjectProvider<PurposeSource> sources, Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Records that {@code reader} opens a protected record of {@code operatorId}, under {@code automatic} where the
     * record belongs to one, and answers the purpose it was read under (null for the operator's own people).
     *
     * @throws PurposeRequired when no purpose stands behind the read
     */
    public Purpose opened(Actor reader, UUID operatorId, String recordType, Object recordId, Purpose automatic) {
        if (reader.jurisdiction().isSystem() || reader.organizationId() == null
                || reader.organizationId().equals(operatorId)) {
            return null;
        }
        HttpServletRequest request = currentRequest();
        String key = operatorId + "|" + recordType + "|" + recordId;
        Set<String> done = readInRequest(request);
        Purpose purpose = automatic != null ? automatic : fromSources(reader, operatorId)
                .or(() -> stated(request, operatorId)).orElseThrow(() -> new PurposeRequired(operatorId));
        if (done != null && !done.add(key)) {
            return purpose;
        }
        String what = request == null ? recordType : request.getMethod() + " " + request.getRequestURI();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("operatorId", operatorId.toString());
        summary.put("purposeKind", purpose.kind());
        summary.put("what", what);
        transaction.executeWithoutResult(status -> {
            audit.record("PROTECTED_READ", recordType, recordId, summary, purpose.text());
            jdbc.sql("""
                    insert into protected_read (read_at, reader, reader_org_id, operator_id, record_type, record_id,
                        what, purpose_kind, purpose_ref, purpose_code, purpose_note)
                    values (:at, :reader, :readerOrg, :operator, :type, :id, :what, :kind, :ref, :code, :note)""")
                    .param("at", Timestamp.from(clock.instant())).param("reader", reader.username())
                    .param("readerOrg", reader.organizationId()).param("operator", operatorId)
                    .param("type", recordType).param("id", String.valueOf(recordId))
                    .param("what", what.length() > 300 ? what.substring(0, 300) : what).param("kind", purpose.kind())
                    .param("ref", purpose.reference()).param("code", purpose.code()).param("note", purpose.note())
                    .update();
        });
        return purpose;
    }

    private Optional<Purpose> fromSources(Actor reader, UUID operatorId) {
        return sources.orderedStream().map(s -> s.purposeFor(reader, operatorId)).flatMap(Optional::stream)
                .findFirst();
    }

    /** The purpose stated with the request, or on the pages earlier in the session; a malformed one is a 400. */
    static Optional<Purpose> stated(HttpServletRequest request, UUID operatorId) {
        if (request == null) {
            return Optional.empty();
        }
        String code = first(request.getParameter("purpose"), request.getHeader("CIIP-Purpose"));
        String note = first(request.getParameter("purposeNote"), request.getHeader("CIIP-Purpose-Note"));
        if (code != null || note != null) {
            return Optional.of(validated(code, note));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_PURPOSES) instanceof Map<?, ?> purposes
                && purposes.get(operatorId) instanceof Purpose purpose) {
            return Optional.of(purpose);
        }
        return Optional.empty();
    }

    /** A stated purpose, checked: one of the codes, and a note of 5 to 500 characters. */
    public static Purpose validated(String code, String note) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        String n = note == null ? "" : note.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (!Purpose.STATED_CODES.contains(c)) {
            problems.add(new FieldProblem("purpose", "must be one of " + String.join(", ", Purpose.STATED_CODES),
                    null, "validation.oneOf", List.of(String.join(", ", Purpose.STATED_CODES))));
        }
        if (n.length() < 5 || n.length() > 500) {
            problems.add(new FieldProblem("purposeNote", "says in 5 to 500 characters what the read is for", null,
                    "validation.purposeNote", List.of()));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return Purpose.stated(c, n);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> readInRequest(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        Object done = request.getAttribute(READ_IN_REQUEST);
        if (done == null) {
            done = new HashSet<String>();
            request.setAttribute(READ_IN_REQUEST, done);
        }
        return (Set<String>) done;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
