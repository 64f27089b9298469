package org.ciip.identification.rule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.notification.Notice;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Identification rules (Art. 9). A protection department drafts a rule for one of its sectors, files it with MPS, and
 * activates it once MPS has recorded it; a new version of the rule supersedes the old one on activation.
 * DRAFT → SUBMITTED (department files) → FILED (MPS records, with its record date) → ACTIVE → SUPERSEDED.
 */
@Service
public class RuleService {

    private static final String SELECT = """
            select r.*, o.name as department_name from identification_rule r
            join organization o on o.id = r.department_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RuleService(JdbcClient jdbc, JsonMapper json, Organizations organizations, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The body of {@code POST /api/v1/identification-rules}; {@code supersedes} makes it a new version. */
    public record RuleDraft(String sector, String name, String nameEn, RuleDefinition definition, UUID supersedes) {
    }

    /** MPS's record of a filing. */
    public record FilingRecord(LocalDate recordDate, String recordNumber) {
    }

    /** Rules the actor may see: a department its own, MPS every rule filed with it; others none. */
    public List<RuleView> list(Actor actor, String status) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = visibility(actor, params);
        if (status != null && !status.isBlank()) {
            where += " and r.status = :status";
            params.put("status", status);
        }
        return jdbc.sql(SELECT + " where " + where + " order by r.created_at desc").params(params)
                .query(this::map).list();
    }

    public RuleView get(Actor actor, UUID id) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = visibility(actor, params);
        return jdbc.sql(SELECT + " where r.id = :id and " + where).params(params).param("id", id)
                .query(this::map).optional()
                .orElseThrow(() -> ApiException.notFound("Identification rule " + id));
    }

    private static String visibility(Actor actor, Map<String, Object> params) {
        if (actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            params.put("org", actor.organizationId());
            return "(r.department_id = :org)";
        }
        return actor.is(OrganizationKind.MPS) ? "(r.status <> 'DRAFT')" : "(false)";
    }

    @Transactional
    public RuleView draft(Actor actor, RuleDraft draft) {
        requireDepartmentWriter(actor);
        Validation v = validate(actor, draft);
        UUID series = UUID.randomUUID();
        int version = 1;
        if (draft.supersedes() != null) {
            RuleView previous = jdbc.sql(SELECT + " where r.id = :id and r.department_id = :org")
                    .param("id", draft.supersedes()).param("org", actor.organizationId()).query(this::map).optional()
                    .orElse(null);
            if (previous == null) {
                v.add("supersedes", "validation.ruleSupersedes", "is not a rule of your department");
            } else {
                series = previous.seriesId();
                version = jdbc.sql("select max(version) from identification_rule where series_id = :s")
                        .param("s", series).query(Integer.class).single() + 1;
                if (draft.sector() != null && !draft.sector().equals(previous.sector())) {
                    v.add("sector", "validation.ruleSectorFixed", "must stay the sector of the rule it supersedes");
                }
            }
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into identification_rule (id, series_id, version, department_id, sector, name, name_en,
                                                 definition, status, created_at, created_by)
                values (:id, :series, :version, :dept, :sector, :name, :nameEn, cast(:def as jsonb), 'DRAFT', :now, :by)""")
                .param("id", id).param("series", series).param("version", version)
                .param("dept", actor.organizationId()).param("sector", draft.sector())
                .param("name", draft.name().trim()).param("nameEn", Validation.blankToNull(draft.nameEn()))
                .param("def", json.writeValueAsString(draft.definition()))
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).update();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", draft.name().trim());
        summary.put("sector", draft.sector());
        summary.put("version", version);
        summary.put("seriesId", series.toString());
        summary.put("method", draft.definition().method().name());
        audit.record("IDENTIFICATION_RULE_DRAFTED", "IdentificationRule", id, summary);
        return get(actor, id);
    }

    /** Changes a draft; a rule that has been filed can only be changed by a new version. */
    @Transactional
    public RuleView revise(Actor actor, UUID id, RuleDraft draft) {
        requireDepartmentWriter(actor);
        RuleView current = get(actor, id);
        if (!current.status().equals("DRAFT")) {
            throw ApiException.conflict("Only a draft can be changed; draft a new version of a filed rule.");
        }
        Validation v = validate(actor, draft);
        v.throwIfInvalid();
        // the update names the state it expects: a draft submitted meanwhile is not changed behind the filing
        int revised = jdbc.sql("update identification_rule set sector = :sector, name = :name, name_en = :nameEn, "
                        + "definition = cast(:def as jsonb) where id = :id and status = 'DRAFT'")
                .param("sector", draft.sector()).param("name", draft.name().trim()).param("nameEn", Validation.blankToNull(draft.nameEn()))
                .param("def", json.writeValueAsString(draft.definition())).param("id", id).update();
        if (revised == 0) {
            throw ApiException.conflict("Only a draft can be changed; this one was submitted for filing meanwhile.");
        }
        audit.record("IDENTIFICATION_RULE_REVISED", "IdentificationRule", id, Map.of("name", draft.name().trim()));
        return get(actor, id);
    }

    /** The department files the rule with MPS (Art. 9), or MPS records the filing with its record date. */
    @Transactional
    public RuleView filing(Actor actor, UUID id, FilingRecord record) {
        RuleView rule = get(actor, id);
        Instant now = clock.instant();
        if (actor.is(OrganizationKind.MPS)) {
            requireWriter(actor);
            if (!rule.status().equals("SUBMITTED")) {
                throw ApiException.conflict("Only a rule submitted for filing can be recorded; this one is "
                        + rule.status() + ".");
            }
            Validation v = new Validation();
            LocalDate recordDate = record == null ? null : record.recordDate();
            v.require(recordDate != null, "recordDate", "validation.required", "is required");
            if (recordDate != null && recordDate.isAfter(LocalDate.ofInstant(now, LegalTime.ZONE))) {
                v.add("recordDate", "validation.notInFuture", "cannot be in the future");
            }
            if (record != null) {
                v.optionalText(record.recordNumber(), "recordNumber", 64);
            }
            v.throwIfInvalid();
            int recorded = jdbc.sql("update identification_rule set status = 'FILED', filed_at = :now, "
                            + "mps_record_date = :date, mps_record_number = :number, recorded_by = :by "
                            + "where id = :id and status = 'SUBMITTED'")
                    .param("now", Timestamp.from(now)).param("date", recordDate)
                    .param("number", Validation.blankToNull(record.recordNumber())).param("by", actor.username()).param("id", id)
                    .update();
            if (recorded == 0) {
                throw ApiException.conflict("The filing of this rule was recorded meanwhile.");
            }
            audit.record("IDENTIFICATION_RULE_FILED", "IdentificationRule", id,
                    Map.of("recordDate", recordDate.toString(), "recordNumber", String.valueOf(record.recordNumber())));
            events.publishEvent(new Notice("rule:" + id + ":filed", List.of(rule.departmentId()), "RULE_FILED", "9",
                    "MPS recorded the filing of identification rule \"" + rule.name() + "\" v" + rule.version()
                            + " on " + recordDate,
                    "公安部已于 " + recordDate + " 对认定规则《" + rule.name() + "》第" + rule.version() + "版予以备案",
                    "It can now be activated.", "现在可以启用该规则。", "/identification/rules/" + id));
            return get(actor, id);
        }
        requireDepartmentWriter(actor);
        if (!rule.status().equals("DRAFT")) {
            throw ApiException.conflict("This rule was already submitted for filing (" + rule.status() + ").");
        }
        int submitted = jdbc.sql("update identification_rule set status = 'SUBMITTED', submitted_at = :now "
                        + "where id = :id and status = 'DRAFT'")
                .param("now", Timestamp.from(now)).param("id", id).update();
        if (submitted == 0) {
            throw ApiException.conflict("This rule was already submitted for filing.");
        }
        audit.record("IDENTIFICATION_RULE_SUBMITTED", "IdentificationRule", id, Map.of("version", rule.version()));
        events.publishEvent(new Notice("rule:" + id + ":submitted", organizations.idsOfKind(OrganizationKind.MPS),
                "RULE_SUBMITTED", "9",
                rule.departmentName() + " filed identification rule \"" + rule.name() + "\" v" + rule.version(),
                rule.departmentName() + " 报送认定规则《" + rule.name() + "》第" + rule.version() + "版备案",
                "Record the filing with its record date.", "请登记备案日期。", "/identification/rules/" + id));
        return get(actor, id);
    }

    /** Activates a filed rule; the version it supersedes stops being usable. */
    @Transactional
    public RuleView activate(Actor actor, UUID id) {
        requireDepartmentWriter(actor);
        RuleView rule = get(actor, id);
        if (!rule.status().equals("FILED")) {
            throw ApiException.conflict("Only a rule recorded by MPS can be activated; this one is " + rule.status()
                    + " (Art. 9).");
        }
        Timestamp now = Timestamp.from(clock.instant());
        // activated first, naming the state it expects: of two concurrent activations only one passes
        int activated = jdbc.sql("update identification_rule set status = 'ACTIVE', activated_at = :now "
                        + "where id = :id and status = 'FILED'")
                .param("now", now).param("id", id).update();
        if (activated == 0) {
            throw ApiException.conflict("This rule was activated meanwhile.");
        }
        List<UUID> superseded = jdbc.sql("update identification_rule set status = 'SUPERSEDED', superseded_at = :now "
                        + "where series_id = :series and status = 'ACTIVE' and id <> :id returning id")
                .param("now", now).param("series", rule.seriesId()).param("id", id).query(UUID.class).list();
        audit.record("IDENTIFICATION_RULE_ACTIVATED", "IdentificationRule", id,
                Map.of("version", rule.version(), "superseded", superseded.stream().map(UUID::toString).toList()));
        return get(actor, id);
    }

    /** The rule a decision used, for showing that decision (whose own scope the caller already passed). */
    public RuleView ruleOfDecision(UUID ruleId) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", ruleId).query(this::map).single();
    }

    /** An active rule of the department, for deciding with; otherwise 404 (not its rule) or 409 (not usable). */
    public RuleView usable(Actor actor, UUID id) {
        RuleView rule = get(actor, id);
        if (!rule.status().equals("ACTIVE")) {
            throw ApiException.conflict("Identification rule \"" + rule.name() + "\" v" + rule.version() + " is "
                    + rule.status() + ": only a rule filed with MPS and activated can be used (Art. 9).");
        }
        return rule;
    }

    private Validation validate(Actor actor, RuleDraft draft) {
        Validation v = new Validation();
        if (Validation.isBlank(draft.sector())) {
            v.add("sector", "validation.required", "is required");
        } else if (!actor.jurisdiction().sectors().contains(draft.sector())) {
            v.add("sector", "validation.ruleSector", "must be one of your department's sectors");
        }
        v.requireText(draft.name(), "name", 200);
        v.optionalText(draft.nameEn(), "nameEn", 200);
        RuleDefinition.validate(draft.definition(), v, "definition.");
        return v;
    }

    private static void requireDepartmentWriter(Actor actor) {
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            throw ApiException.forbidden("Only protection departments write identification rules (Art. 9).");
        }
        requireWriter(actor);
    }

    private static void requireWriter(Actor actor) {
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot change identification rules.");
        }
    }


    private RuleView map(ResultSet rs, int row) throws SQLException {
        return new RuleView(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("series_id")),
                rs.getInt("version"), UUID.fromString(rs.getString("department_id")), rs.getString("department_name"),
                rs.getString("sector"), rs.getString("name"), rs.getString("name_en"),
                json.readValue(rs.getString("definition"), RuleDefinition.class), rs.getString("status"),
                Rows.instant(rs, "submitted_at"), Rows.instant(rs, "filed_at"), rs.getObject("mps_record_date", LocalDate.class),
                rs.getString("mps_record_number"), Rows.instant(rs, "activated_at"), Rows.instant(rs, "superseded_at"),
                Rows.instant(rs, "created_at"));
    }
}
