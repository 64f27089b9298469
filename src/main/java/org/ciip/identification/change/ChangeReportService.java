package org.ciip.identification.change;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.calendar.LegalCalendars;
import org.ciip.calendar.PeriodEnd;
import org.ciip.identification.decision.DecisionRequest;
import org.ciip.identification.decision.DecisionService;
import org.ciip.identification.decision.DecisionView;
import org.ciip.notification.Notice;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.AssetRegistry.AssetSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change reports and re-certification (Art. 11): the operator reports a major change of a CII asset; the protection
 * department re-certifies within 3 months from the day it received the report, counted on the legal calendar.
 */
@Service
public class ChangeReportService implements org.ciip.identification.Recertifications {

    /** Reminders to the department, in days before the due date. */
    public static final List<Integer> REMINDER_DAYS = List.of(30, 7);
    static final int RECERTIFICATION_MONTHS = 3;

    private static final String SELECT = """
            select c.*, a.name as asset_name, a.sector, o.name as operator_name, o.region_code
            from change_report c join asset a on a.id = c.asset_id join organization o on o.id = c.operator_id""";

    private final JdbcClient jdbc;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final LegalCalendars calendar;
    private final DecisionService decisions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeReportService(JdbcClient jdbc, AssetRegistry assets, Organizations organizations, LegalCalendars calendar,
            DecisionService decisions, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.assets = assets;
        this.organizations = organizations;
        this.calendar = calendar;
        this.decisions = decisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Counts counts(Actor actor) {
        SqlPredicate scope = actor.jurisdiction().operatorRecords("c.operator_id", "a.sector", "o.region_code");
        return jdbc.sql("select count(*), count(*) filter (where c.recertification_due < :today) from change_report c "
                        + "join asset a on a.id = c.asset_id join organization o on o.id = c.operator_id "
                        + "where c.status = 'OPEN' and " + scope.sql())
                .params(scope.params()).param("today", LegalTime.today(clock))
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }

    /** The body of {@code POST /api/v1/change-reports}. */
    public record NewChangeReport(UUID assetId, String whatChanged, LocalDate changedOn, String whyItMayAffect) {
    }

    public record ChangeReportView(UUID id, UUID assetId, String assetName, String sector, UUID operatorId,
            String operatorName, String operatorRegionCode, String whatChanged, LocalDate changedOn, String whyItMayAffect, Instant receivedAt,
            LocalDate recertificationDueDate, boolean dueDateCalendarComplete, String status, boolean overdue,
            long daysLeft, UUID recertificationId, String reportedBy) {
    }

    @Transactional
    public ChangeReportView report(Actor actor, NewChangeReport report) {
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("Only the operator's staff report changes of its CII (Art. 11).");
        }
        Validation v = new Validation();
        v.require(report.assetId() != null, "assetId", "validation.required", "is required");
        v.requireText(report.whatChanged(), "whatChanged", 4000);
        v.requireText(report.whyItMayAffect(), "whyItMayAffect", 4000);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LegalTime.ZONE);
        if (report.changedOn() == null) {
            v.add("changedOn", "validation.required", "is required");
        } else if (report.changedOn().isAfter(today)) {
            v.add("changedOn", "validation.notInFuture", "cannot be in the future");
        }
        v.throwIfInvalid();
        AssetSummary asset = assets.visible(actor, report.assetId());
        if (!asset.ciiStatus().equals("CII")) {
            throw ApiException.conflict("Only an asset identified as CII is re-certified after a change (Art. 11); "
                    + "this one is " + asset.ciiStatus() + ".");
        }
        // The department receives the report when CIIP delivers it: now. Three months from that day (Art. 11).
        PeriodEnd due = calendar.monthsFrom(today, RECERTIFICATION_MONTHS);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into change_report (id, asset_id, operator_id, what_changed, changed_on, why_it_may_affect,
                    received_at, recertification_due, due_calendar_complete, status, reported_by)
                values (:id, :asset, :operator, :what, :changedOn, :why, :now, :due, :complete, 'OPEN', :by)""")
                .param("id", id).param("asset", asset.id()).param("operator", asset.operatorId())
                .param("what", report.whatChanged().trim()).param("changedOn", report.changedOn())
                .param("why", report.whyItMayAffect().trim()).param("now", Timestamp.from(now))
                .param("due", due.endDate()).param("complete", due.calendarComplete()).param("by", actor.username())
                .update();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("assetId", asset.id().toString());
        summary.put("changedOn", report.changedOn().toString());
        summary.put("recertificationDueDate", due.endDate().toString());
        audit.record("CHANGE_REPORTED", "ChangeReport", id, summary);
        events.publishEvent(new Notice("change-report:" + id, organizations.departmentsFor(asset.sector(),
                asset.operatorRegionCode()), "CHANGE_REPORTED", "11",
                asset.operatorName() + " reported a major change of \"" + asset.name() + "\"; re-certify by "
                        + due.endDate(),
                asset.operatorName() + "报告“" + asset.name() + "”发生较大变化，请于 " + due.endDate() + " 前完成重新认定",
                report.whatChanged().trim(), report.whatChanged().trim(), "/identification/change-reports/" + id));
        return get(actor, id);
    }

    /** The department re-certifies: still CII, or no longer CII, with the rule's ratings and its reasons. */
    @Transactional
    public DecisionView recertify(Actor actor, UUID reportId, DecisionRequest request) {
        ChangeReportView report = get(actor, reportId);
        if (!report.status().equals("OPEN")) {
            throw ApiException.conflict("This change report was already re-certified.");
        }
        // the report is closed first, by an update that names the state it expects: of two concurrent
        // re-certifications only one records a decision
        int closed = jdbc.sql("update change_report set status = 'RECERTIFIED' where id = :id and status = 'OPEN'")
                .param("id", reportId).update();
        if (closed == 0) {
            throw ApiException.conflict("This change report was already re-certified.");
        }
        DecisionView decision = decisions.recertify(actor, report.assetId(), reportId, request);
        jdbc.sql("update change_report set recertification_id = :decision where id = :id")
                .param("decision", decision.id()).param("id", reportId).update();
        audit.record("CHANGE_REPORT_RECERTIFIED", "ChangeReport", reportId,
                Map.of("decisionId", decision.id().toString(), "decision", decision.decision(),
                        "dueDate", report.recertificationDueDate().toString(), "late", report.overdue()));
        return decision;
    }

    public PageResult<ChangeReportView> list(Actor actor, String status, Boolean overdue, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        SqlPredicate scope = actor.jurisdiction().operatorRecords("c.operator_id", "a.sector", "o.region_code");
        where.add(scope.sql());
        params.putAll(scope.params());
        if (status != null && !status.isBlank()) {
            where.add("c.status = :status");
            params.put("status", status);
        }
        params.put("today", LegalTime.today(clock));
        if (Boolean.TRUE.equals(overdue)) {
            where.add("c.status = 'OPEN' and c.recertification_due < :today");
        }
        String condition = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from change_report c join asset a on a.id = c.asset_id "
                + "join organization o on o.id = c.operator_id where " + condition).params(params)
                .query(Long.class).single();
        List<ChangeReportView> items = jdbc.sql(SELECT + " where " + condition
                        + " order by (c.status = 'OPEN') desc, c.recertification_due, c.received_at desc "
                        + "limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(this::map).list();
        return PageResult.of(items, page, total);
    }

    public ChangeReportView get(Actor actor, UUID id) {
        SqlPredicate scope = actor.jurisdiction().operatorRecords("c.operator_id", "a.sector", "o.region_code");
        return jdbc.sql(SELECT + " where c.id = :id and " + scope.sql()).params(scope.params()).param("id", id)
                .query(this::map).optional().orElseThrow(() -> ApiException.notFound("Change report " + id));
    }

    /**
     * Sends each due reminder once: 30 and 7 days before the due date, to the departments of the asset's sector. The
     * reminder row's primary key makes a second sweep, on this or another instance, send nothing.
     *
     * @return how many reminders this sweep sent
     */
    @Transactional
    public int sendDueReminders() {
        LocalDate today = LegalTime.today(clock);
        Map<String, List<UUID>> departments = new HashMap<>();
        int sent = 0;
        for (int days : REMINDER_DAYS) {
            List<ChangeReportView> due = jdbc.sql(SELECT + " where c.status = 'OPEN' and c.recertification_due <= :limit "
                            + "and not exists (select 1 from recertification_reminder r where r.change_report_id = c.id "
                            + "and r.days_before = :days)")
                    .param("limit", today.plusDays(days)).param("days", days).param("today", today)
                    .query(this::map).list();
            for (ChangeReportView report : due) {
                int claimed = jdbc.sql("insert into recertification_reminder (change_report_id, days_before, sent_at) "
                                + "values (:id, :days, :now) on conflict do nothing")
                        .param("id", report.id()).param("days", days).param("now", Timestamp.from(clock.instant()))
                        .update();
                if (claimed == 0) {
                    continue;
                }
                sent++;
                List<UUID> recipients = departments.computeIfAbsent(report.sector() + "/" + report.operatorRegionCode(),
                        k -> organizations.departmentsFor(report.sector(), report.operatorRegionCode()));
                events.publishEvent(new Notice("change-report:" + report.id() + ":reminder-" + days, recipients,
                        "RECERTIFICATION_REMINDER", "11",
                        "Re-certification of \"" + report.assetName() + "\" (" + report.operatorName() + ") is due on "
                                + report.recertificationDueDate() + ": " + report.daysLeft() + " days left",
                        "“" + report.assetName() + "”（" + report.operatorName() + "）的重新认定应于 "
                                + report.recertificationDueDate() + " 前完成，还剩 " + report.daysLeft() + " 天",
                        null, null, "/identification/change-reports/" + report.id()));
            }
        }
        return sent;
    }

    private ChangeReportView map(ResultSet rs, int row) throws SQLException {
        LocalDate due = rs.getObject("recertification_due", LocalDate.class);
        LocalDate today = LegalTime.today(clock);
        String status = rs.getString("status");
        String recert = rs.getString("recertification_id");
        return new ChangeReportView(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("asset_id")),
                rs.getString("asset_name"), rs.getString("sector"), UUID.fromString(rs.getString("operator_id")),
                rs.getString("operator_name"), rs.getString("region_code"), rs.getString("what_changed"),
                rs.getObject("changed_on", LocalDate.class), rs.getString("why_it_may_affect"),
                rs.getTimestamp("received_at").toInstant(), due, rs.getBoolean("due_calendar_complete"), status,
                status.equals("OPEN") && today.isAfter(due), ChronoUnit.DAYS.between(today, due),
                recert == null ? null : UUID.fromString(recert), rs.getString("reported_by"));
    }
}
