package org.ciip.identification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.calendar.LegalCalendars;
import org.ciip.calendar.PeriodEnd;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.AssetRegistry.AssetSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change reports and re-certification (Art. 11), the module's public API for them: the operator reports a major change
 * of a CII asset; the protection department re-certifies within 3 months from the day it received the report, counted
 * on the legal calendar, reminded 30 and 7 days ahead.
 */
@Service
public class ChangeReporting implements Recertifications {

    /** Reminders to the department, in days before the due date. */
    public static final List<Integer> REMINDER_DAYS = List.of(30, 7);
    static final int RECERTIFICATION_MONTHS = 3;

    private final ChangeReports reports;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final LegalCalendars calendar;
    private final CiiIdentification decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeReporting(ChangeReports reports, AssetRegistry assets, Organizations organizations, LegalCalendars calendar,
            CiiIdentification decisions, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.assets = assets;
        this.organizations = organizations;
        this.calendar = calendar;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Counts counts(Actor actor) {
        return reports.counts(actor, LegalTime.today(clock));
    }

    /** The body of {@code POST /api/v1/change-reports}. */
    public record NewChangeReport(UUID assetId, String whatChanged, LocalDate changedOn, String whyItMayAffect) {
    }

    public record ChangeReportView(UUID id, UUID assetId, String assetName, String sector, UUID operatorId,
            String operatorName, String operatorRegionCode, String whatChanged, LocalDate changedOn,
            String whyItMayAffect, Instant receivedAt, LocalDate recertificationDueDate,
            boolean dueDateCalendarComplete, ChangeReportStatus status, boolean overdue, long daysLeft,
            UUID recertificationId, String reportedBy) {
    }

    @Transactional
    public ChangeReportView report(Actor actor, NewChangeReport report) {
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("Only the operator's staff report changes of its CII (Art. 11).");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LegalTime.ZONE);
        Validation v = new Validation();
        v.require(report.assetId() != null, "assetId", "validation.required", "is required");
        v.requireText(report.whatChanged(), "whatChanged", 4000);
        v.requireText(report.whyItMayAffect(), "whyItMayAffect", 4000);
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
        reports.insert(id, asset.id(), asset.operatorId(), report, now, due.endDate(), due.calendarComplete(),
                actor.username());
        events.publishEvent(new ChangeReported(id, asset.id(), asset.name(), asset.operatorName(),
                report.whatChanged().trim(), report.changedOn(), due.endDate(),
                organizations.departmentsFor(asset.sector(), asset.operatorRegionCode())));
        return find(actor, id);
    }

    /** The department re-certifies: still CII, or no longer CII, with the rule's ratings and its reasons. */
    @Transactional
    public DecisionView recertify(Actor actor, UUID reportId, DecisionRequest request) {
        ChangeReportView report = find(actor, reportId);
        ChangeReport.of(report).requireOpen();
        // closed first, by an update that names the state it expects: of two concurrent re-certifications only one
        // records a decision
        if (!reports.closeForRecertification(reportId)) {
            throw ApiException.conflict("This change report was already re-certified.");
        }
        DecisionView decision = decisions.recertify(actor, report.assetId(), reportId, request);
        reports.linkRecertification(reportId, decision.id());
        events.publishEvent(new ChangeReportRecertified(reportId, decision.id(), decision.decision(),
                report.recertificationDueDate(), report.overdue()));
        return decision;
    }

    /**
     * The change reports the actor may see, open ones first by due date; {@code status} filters by its name (a name
     * that is none is a 400 naming the parameter), {@code overdue} keeps those past their due date.
     */
    public PageResult<ChangeReportView> list(Actor actor, String status, Boolean overdue, PageQuery page) {
        return reports.list(actor, new ChangeReports.Filter(
                Validation.filter(ChangeReportStatus.class, status, "status"), Boolean.TRUE.equals(overdue)),
                LegalTime.today(clock), page);
    }

    public ChangeReportView find(Actor actor, UUID id) {
        return reports.find(actor, id, LegalTime.today(clock))
                .orElseThrow(() -> ApiException.notFound("Change report " + id));
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
            for (ChangeReportView report : reports.dueForReminder(days, today)) {
                if (!reports.claimReminder(report.id(), days, clock.instant())) {
                    continue;
                }
                sent++;
                List<UUID> recipients = departments.computeIfAbsent(report.sector() + "/" + report.operatorRegionCode(),
                        k -> organizations.departmentsFor(report.sector(), report.operatorRegionCode()));
                events.publishEvent(new RecertificationReminderDue(report.id(), report.assetName(),
                        report.operatorName(), report.recertificationDueDate(), days, report.daysLeft(), recipients));
            }
        }
        return sent;
    }
}
