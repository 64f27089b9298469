package org.ciip.incident.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.calendar.LegalCalendars;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.grading.GradingGuide;
import org.ciip.incident.grading.GradingService;
import org.ciip.incident.grading.ImpactFigures;
import org.ciip.notification.Notice;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.AssetRegistry.AssetSummary;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.Hashing;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incident reports on statutory clocks (Decree 745 Art. 18; Measures Art. 4-8). Filing grades the incident, routes it
 * by the reporting rule set to its recipients and records every obligation with its due instant; forwarding,
 * supplements, the end of handling and the final report follow; a sweep marks missed obligations late.
 */
@Service
public class IncidentService {

    /** GB/T 20986-2023 top-level categories. */
    public static final List<String> CATEGORIES = List.of("MP", "NA", "DS", "IC", "DE", "RO", "SHE", "AB", "FOC",
            "OTH");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Canonical JSON: keys in alphabetical order at every level, no white space; how submissions are hashed. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // a record's properties are all creator properties, which would otherwise keep their declared order
            .disable(tools.jackson.databind.MapperFeature.SORT_CREATOR_PROPERTIES_FIRST).build();

    private final JdbcClient jdbc;
    private final GradingService grading;
    private final ReportingRuleSets ruleSets;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final LegalCalendars calendar;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentService(JdbcClient jdbc, GradingService grading,
            ReportingRuleSets ruleSets, AssetRegistry assets, Organizations organizations, LegalCalendars calendar,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.grading = grading;
        this.ruleSets = ruleSets;
        this.assets = assets;
        this.organizations = organizations;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- filing -------------------------------------------------------------------------------------------------

    @Transactional
    public IncidentView report(Actor actor, IncidentRequests.Report report) {
        IncidentRequests.Report r = report;
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("Only an operator's staff report its incidents (Art. 18).");
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Validation v = new Validation();
        if (r.assetIds() == null || r.assetIds().stream().allMatch(java.util.Objects::isNull)) {
            v.add("assetIds", "validation.incidentAssets", "name at least one affected asset");
        }
        if (r.discoveredAt() == null) {
            v.add("discoveredAt", "validation.required", "is required");
        } else if (r.discoveredAt().isAfter(now.plus(CLOCK_SKEW))) {
            v.add("discoveredAt", "validation.notInFuture", "cannot be in the future");
        }
        if (Validation.isBlank(r.category())) {
            v.add("category", "validation.required", "is required");
        } else if (!CATEGORIES.contains(r.category())) {
            v.add("category", "validation.incidentCategory",
                    "must be a GB/T 20986-2023 category: " + String.join(", ", CATEGORIES));
        }
        if (r.subcategory() != null && !r.subcategory().isBlank()
                && !(r.category() != null && r.subcategory().matches(r.category() + "-?\\d{1,3}"))) {
            v.add("subcategory", "validation.incidentSubcategory",
                    "must be a subcategory code of the category, such as " + r.category() + "1");
        }
        v.requireText(r.summary(), "summary", 500);
        for (Map.Entry<String, String> text : texts(r).entrySet()) {
            v.optionalText(text.getValue(), text.getKey(), 4000);
        }
        ImpactFigures impact = r.impact() == null ? ImpactFigures.NONE : r.impact();
        impact.validate(v, "impact.");
        if (r.ransom() != null) {
            if (r.ransom().amount() != null && r.ransom().amount().signum() < 0) {
                v.add("ransom.amount", "validation.nonNegative", "must not be negative");
            }
            v.optionalText(r.ransom().method(), "ransom.method", 500);
            v.optionalText(r.ransom().currency(), "ransom.currency", 20);
        }
        v.optionalText(r.gradeReason(), "gradeReason", 2000);
        v.throwIfInvalid();

        // instants are kept to the microsecond, as PostgreSQL stores them, so that due instants match what is stored
        r = withDiscovery(r, r.discoveredAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        List<AssetSummary> affected = assets.visible(actor, r.assetIds());
        GradingGuide guide = grading.current();
        GradingGuide.Result computed = guide.grade(impact);
        Grade grade = r.grade() == null ? computed.grade() : r.grade();
        boolean below = !grade.atLeast(computed.grade());
        if (grade != computed.grade() && Validation.isBlank(r.gradeReason())) {
            throw ApiException.invalid("gradeReason", "is required when the grade differs from the computed grade ("
                    + computed.grade() + ")");
        }
        // the operator and the authorities its report may go to, in one look-up
        Organizations.ReportingParties parties = organizations.reportingParties(actor.organizationId(),
                sectors(affected)).orElseThrow();
        OrganizationSummary operator = parties.reporter();
        String operatorClass = affected.stream().anyMatch(a -> a.ciiStatus().equals("CII")) ? "CII_OPERATOR"
                : operator.stateOrgan() ? "STATE_ORGAN" : "OTHER";
        ReportingRuleSets.RuleSet ruleSet = ruleSets.current();

        UUID id = UUID.randomUUID();
        String summaryText = r.summary().trim();
        // Route by the rule set: first reports (clock from discovery) are made by this filing.
        Routed routed = plan(ruleSet.applicable(operatorClass, grade), parties, affected, r.discoveredAt(), now,
                null);
        // the first report is version 1: the incident starts with it
        IncidentView.Version first = version(1, "INITIAL", r, actor, now);
        // The incident, its assets, its first version, its obligations and who received it: one statement, one
        // round trip (the foreign keys of the later parts are checked at its end, against the incident it inserts).
        jdbc.sql("""
                with incident_row as (
                    insert into incident (id, operator_id, operator_class, rule_set_id, discovered_at, reported_at,
                        category, subcategory, summary, computed_grade, grade, grade_reason, grade_below_computed,
                        grade_reasons, grading_guide_version, status, versions, reported_by)
                    values (:id, :operator, :class, :ruleSet, :discovered, :now, :category, :subcategory, :summary,
                        :computed, :grade, :reason, :below, :reasons, :guide, 'OPEN', 1, :by)),
                assets as (
                    insert into incident_asset (incident_id, asset_id)
                    select :id, unnest(cast(:assets as uuid[]))),
                first_version as (
                    insert into incident_version (incident_id, seq, kind, submitted_at, submitted_by, content, sha256)
                    values (:id, 1, 'INITIAL', :now, :by, :content, :sha)),
                """ + ROUTING)
                .param("id", id).param("operator", operator.id()).param("class", operatorClass)
                .param("ruleSet", ruleSet.id()).param("discovered", Timestamp.from(r.discoveredAt()))
                .param("now", Timestamp.from(now)).param("category", r.category())
                .param("subcategory", Validation.blankToNull(r.subcategory())).param("summary", summaryText)
                .param("computed", computed.grade().name()).param("grade", grade.name())
                .param("reason", Validation.blankToNull(r.gradeReason())).param("below", below)
                .param("reasons", CANONICAL.writeValueAsString(computed.reasons())).param("guide", guide.version())
                .param("by", actor.username())
                .param("assets", affected.stream().map(a -> a.id().toString()).toArray(String[]::new))
                .param("content", first.content()).param("sha", first.sha256())
                .params(routing(routed))
                .update();
        if (!routed.firstRecipients().isEmpty()) {
            events.publishEvent(new Notice("incident:" + id + ":reported", routed.firstRecipients(),
                    "INCIDENT_REPORTED", "18",
                    label(grade) + " incident reported by " + operator.name() + ": " + summaryText
                            + (below ? " (graded below the computed " + computed.grade() + ")" : ""),
                    gradeZh(grade) + "网络安全事件：" + operator.name() + "报告“" + summaryText + "”"
                            + (below ? "（报告等级低于计算等级）" : ""),
                    "Discovered " + r.discoveredAt() + ". Open the incident for its clocks.",
                    "发现时间 " + r.discoveredAt() + "。请打开事件查看时限。", "/incidents/" + id));
        }
        // The answer is built from what was just written, as get() would read it back.
        List<IncidentView.Obligation> obligations = routed.obligations().stream().sorted(OBLIGATION_ORDER).toList();
        IncidentView view = new IncidentView(id, operator.id(), operator.name(), operatorClass, ruleSet.code(),
                affected.stream().map(a -> new IncidentView.AssetRef(a.id(), a.name(), a.ciiStatus()))
                        .sorted(ASSET_ORDER).toList(),
                r.discoveredAt(), now, r.category(), Validation.blankToNull(r.subcategory()), summaryText, grade,
                computed.grade(), computed.reasons(), Validation.blankToNull(r.gradeReason()), below, "OPEN", null,
                null, obligations.stream().anyMatch(o -> o.status().equals("LATE")), obligations,
                routed.recipients().stream().sorted(RECIPIENT_ORDER).toList(), List.of(first),
                new IncidentView.Receipt(first.seq(), first.submittedAt(), first.sha256()));
        // The audit entry is written, unsealed, as the transaction commits; the sealer chains it afterwards.
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("grade", grade.name());
        summary.put("computedGrade", computed.grade().name());
        summary.put("operatorClass", operatorClass);
        summary.put("ruleSet", ruleSet.code());
        summary.put("sha256", first.sha256());
        audit.record("INCIDENT_REPORTED", "Incident", id, summary);
        return view;
    }

    /** The order in which an incident lists its obligations, assets and recipients, whether written or read. */
    private static final Comparator<IncidentView.Obligation> OBLIGATION_ORDER = Comparator
            .comparing(IncidentView.Obligation::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(IncidentView.Obligation::kind)
            .thenComparing(IncidentView.Obligation::recipient, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(IncidentView.Obligation::obliged);
    private static final Comparator<IncidentView.AssetRef> ASSET_ORDER = Comparator
            .comparing(IncidentView.AssetRef::name).thenComparing(IncidentView.AssetRef::id);
    private static final Comparator<IncidentView.Recipient> RECIPIENT_ORDER = Comparator
            .comparing(IncidentView.Recipient::receivedAt).thenComparing(IncidentView.Recipient::name)
            .thenComparing(IncidentView.Recipient::organizationId);

    /** An organization named in an obligation. */
    private record Party(UUID id, String name) {
    }

    /** What routing decides: the obligations, and the organizations that receive the report (first recipients first). */
    private record Routed(List<IncidentView.Obligation> obligations, List<IncidentView.Recipient> recipients) {

        List<UUID> firstRecipients() {
            return recipients.stream().map(IncidentView.Recipient::organizationId).toList();
        }
    }

    /**
     * Creates the obligations of {@code rules} for an incident and records who received it: the first reports (clock
     * from discovery) are made by the filing at {@code now}, MET or LATE; onward forwarding is due from {@code now};
     * the final report from the end of the handling, when it has ended. The obligations and recipients are written
     * by one statement.
     */
    private Routed route(UUID id, List<ReportingRule> rules, Organizations.ReportingParties parties,
            List<AssetSummary> affected, Instant discoveredAt, Instant now, Instant handlingEndedAt) {
        Routed routed = plan(rules, parties, affected, discoveredAt, now, handlingEndedAt);
        if (!routed.obligations().isEmpty()) {
            jdbc.sql("with " + ROUTING).param("id", id).param("now", Timestamp.from(now)).params(routing(routed))
                    .update();
        }
        return routed;
    }

    /**
     * How a report's routing is written, by the filing (after its own parts) and by a regrade: the obligations, and
     * the organizations that received the report (once each: a regrade may reach one that already had it). Parameters
     * {@code :id} and {@code :now}, and those of {@link #routing}.
     */
    private static final String ROUTING = """
            obligations as (
                insert into incident_obligation (id, incident_id, kind, obliged_org, recipient_org, recipient_kind,
                    due_at, met_at, status, article)
                select o.id, :id, o.kind, o.obliged, o.recipient, o.recipient_kind, o.due, o.met, o.status, o.article
                from unnest(cast(:oIds as uuid[]), cast(:oKinds as varchar[]), cast(:oObliged as uuid[]),
                    cast(:oRecipients as uuid[]), cast(:oRecipientKinds as varchar[]), cast(:oDue as timestamptz[]),
                    cast(:oMet as timestamptz[]), cast(:oStatuses as varchar[]), cast(:oArticles as varchar[]))
                    as o(id, kind, obliged, recipient, recipient_kind, due, met, status, article))
            insert into incident_recipient (incident_id, organization_id, role, received_at)
            select :id, unnest(cast(:recipients as uuid[])), 'RECIPIENT', :now
            on conflict do nothing""";

    /** The array parameters of {@link #ROUTING}: one per obligation column, and the recipients. */
    private static Map<String, Object> routing(Routed routed) {
        List<IncidentView.Obligation> planned = routed.obligations();
        Map<String, Object> params = new HashMap<>();
        params.put("oIds", column(planned, IncidentView.Obligation::id));
        params.put("oKinds", column(planned, IncidentView.Obligation::kind));
        params.put("oObliged", column(planned, IncidentView.Obligation::obligedId));
        params.put("oRecipients", column(planned, IncidentView.Obligation::recipientId));
        params.put("oRecipientKinds", column(planned, IncidentView.Obligation::recipientKind));
        params.put("oDue", column(planned, IncidentView.Obligation::dueAt));
        params.put("oMet", column(planned, IncidentView.Obligation::metAt));
        params.put("oStatuses", column(planned, IncidentView.Obligation::status));
        params.put("oArticles", column(planned, IncidentView.Obligation::article));
        params.put("recipients", routed.firstRecipients().stream().map(UUID::toString).toArray(String[]::new));
        return params;
    }

    /** One column of the obligations as an array parameter: text, cast in the statement to the column's type. */
    private static String[] column(List<IncidentView.Obligation> obligations,
            java.util.function.Function<IncidentView.Obligation, ?> value) {
        return obligations.stream().map(value).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    }

    /**
     * The obligations of {@code rules} for an incident and who receives it, without writing them: the first reports
     * (clock from discovery) are made by the filing at {@code now}, MET or LATE; onward forwarding is due from
     * {@code now}; the final report from the end of the handling, when it has ended. The authorities are those of
     * {@code parties}, looked up with the reporter.
     */
    private Routed plan(List<ReportingRule> rules, Organizations.ReportingParties parties,
            List<AssetSummary> affected, Instant discoveredAt, Instant now, Instant handlingEndedAt) {
        if (rules.isEmpty()) {
            return new Routed(List.of(), List.of());
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
                obligations.add(obligation(rule, self, recipient, due, now, now.isAfter(due) ? "LATE" : "MET"));
            }
            if (recipients.isEmpty()) {
                obligations.add(obligation(rule, self, null, due, null, "PENDING"));
            }
        }
        for (ReportingRule rule : rules) {
            if (rule.clockStart().equals("FIRST_REPORT_RECEIVED")) {
                Instant due = now.plus(rule.exactDuration());
                List<Party> targets = recipients(rule.recipient(), self, sectors, addressees);
                for (Party obliged : firstObliged == null ? List.<Party>of() : firstObliged) {
                    for (Party target : targets.isEmpty() ? java.util.Collections.<Party>singletonList(null) : targets) {
                        obligations.add(obligation(rule, obliged, target, due, null, "PENDING"));
                    }
                }
            } else if (rule.clockStart().equals("HANDLING_ENDED")) {
                obligations.add(obligation(rule, self, null, handlingEndedAt == null ? null
                        : legalDue(handlingEndedAt, rule), null, "PENDING"));
            }
        }
        return new Routed(obligations, firstRecipients.values().stream()
                .map(p -> new IncidentView.Recipient(p.id(), p.name(), "RECIPIENT", now, null)).toList());
    }

    private static IncidentView.Obligation obligation(ReportingRule rule, Party obliged, Party recipient, Instant due,
            Instant met, String status) {
        return new IncidentView.Obligation(UUID.randomUUID(), rule.obligationKind(), obliged.id(), obliged.name(),
                recipient == null ? null : recipient.id(), recipient == null ? null : recipient.name(),
                rule.recipient(), due, met, status, rule.article());
    }

    /** The sectors of the affected assets, each once, in the order the assets were named. */
    private static List<String> sectors(List<AssetSummary> affected) {
        return affected.stream().map(AssetSummary::sector).distinct().toList();
    }

    private static IncidentRequests.Report withDiscovery(IncidentRequests.Report r, Instant discoveredAt) {
        return new IncidentRequests.Report(r.assetIds(), discoveredAt, r.place(), r.category(), r.subcategory(),
                r.summary(), r.harm(), r.measuresTaken(), r.impact(), r.ransom(), r.trend(), r.cause(), r.leads(),
                r.plannedMeasures(), r.scenePreservation(), r.other(), r.grade(), r.gradeReason());
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
                    .filter(a -> a.kind().name().equals(kind)).map(IncidentService::party).toList();
            case "OWN_ORGANIZATION" -> List.of(operator);
            default -> List.of();
        };
    }

    private static Party party(Organizations.Addressee addressee) {
        return new Party(addressee.id(), addressee.name());
    }

    private IncidentView.Receipt addVersion(UUID incident, String kind, Object content, Actor actor, Instant at) {
        int seq = jdbc.sql("update incident set versions = versions + 1 where id = :id returning versions")
                .param("id", incident).query(Integer.class).single();
        IncidentView.Version version = writeVersion(incident, seq, kind, content, actor, at);
        return new IncidentView.Receipt(seq, at, version.sha256());
    }

    /** Writes version {@code seq}: the canonical JSON of its content and that JSON's SHA-256. */
    private IncidentView.Version writeVersion(UUID incident, int seq, String kind, Object content, Actor actor,
            Instant at) {
        IncidentView.Version version = version(seq, kind, content, actor, at);
        jdbc.sql("insert into incident_version (incident_id, seq, kind, submitted_at, submitted_by, content, sha256) "
                        + "values (:i, :seq, :kind, :at, :by, :content, :sha)")
                .param("i", incident).param("seq", seq).param("kind", kind).param("at", Timestamp.from(at))
                .param("by", actor.username()).param("content", version.content()).param("sha", version.sha256())
                .update();
        return version;
    }

    /** Version {@code seq} as it is written: the canonical JSON of its content and that JSON's SHA-256. */
    private static IncidentView.Version version(int seq, String kind, Object content, Actor actor, Instant at) {
        String json = canonicalJson(content);
        return new IncidentView.Version(seq, kind, at, actor.username(), Hashing.sha256Hex(json), json, List.of());
    }

    /** The canonical JSON of a submission's content, whose SHA-256 is its receipt. */
    static String canonicalJson(Object content) {
        return CANONICAL.writeValueAsString(content);
    }

    private static Map<String, String> texts(IncidentRequests.Report r) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("place", r.place());
        texts.put("harm", r.harm());
        texts.put("measuresTaken", r.measuresTaken());
        texts.put("trend", r.trend());
        texts.put("cause", r.cause());
        texts.put("leads", r.leads());
        texts.put("plannedMeasures", r.plannedMeasures());
        texts.put("scenePreservation", r.scenePreservation());
        texts.put("other", r.other());
        return texts;
    }

    /** What filing would do, without filing: the grade, its reasons, and each clock that starts at discovery. */
    public record Preview(Grade grade, List<GradingGuide.Reason> reasons, String operatorClass,
            List<PlannedClock> clocks) {
    }

    public record PlannedClock(String kind, String recipient, Instant dueAt, String startsWhen, String article) {
    }

    public Preview preview(Actor actor, List<UUID> assetIds, Instant discoveredAt, ImpactFigures impact, Grade chosen) {
        Validation v = new Validation();
        if (impact != null) {
            impact.validate(v, "impact.");
        }
        v.throwIfInvalid();
        List<AssetSummary> affected = assetIds == null ? List.of()
                : assets.visible(actor, assetIds);
        OrganizationSummary operator = organizations.find(actor.organizationId()).orElseThrow();
        String operatorClass = affected.stream().anyMatch(a -> a.ciiStatus().equals("CII")) ? "CII_OPERATOR"
                : operator.stateOrgan() ? "STATE_ORGAN" : "OTHER";
        GradingGuide.Result computed = grading.current().grade(impact == null ? ImpactFigures.NONE : impact);
        Grade grade = chosen == null ? computed.grade() : chosen;
        List<PlannedClock> clocks = new ArrayList<>();
        for (ReportingRule rule : ruleSets.current().applicable(operatorClass, grade)) {
            Instant due = rule.clockStart().equals("DISCOVERY") && discoveredAt != null && rule.exactDuration() != null
                    ? discoveredAt.plus(rule.exactDuration()) : null;
            clocks.add(new PlannedClock(rule.obligationKind(), rule.recipient(), due, rule.clockStart(),
                    rule.article()));
        }
        return new Preview(grade, computed.reasons(), operatorClass, clocks);
    }

    // ---- regulators -----------------------------------------------------------------------------------------------

    /** A first recipient forwards a major incident (to CAC and MPS for CII), meeting its forwarding clocks. */
    @Transactional
    public IncidentView forward(Actor actor, UUID id) {
        IncidentView incident = get(actor, id);
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot forward incidents.");
        }
        Instant now = clock.instant();
        List<IncidentView.Obligation> mine = incident.obligations().stream()
                .filter(o -> o.kind().startsWith("FORWARD_TO_") && actor.organizationId().equals(o.obligedId())
                        && o.metAt() == null)
                .toList();
        if (mine.isEmpty()) {
            throw ApiException.conflict("There is nothing for your organization to forward on this incident.");
        }
        Set<UUID> targets = new LinkedHashSet<>();
        for (IncidentView.Obligation o : mine) {
            jdbc.sql("update incident_obligation set met_at = :now, status = case when status = 'LATE' or :now > due_at "
                            + "then 'LATE' else 'MET' end where id = :id")
                    .param("now", Timestamp.from(now)).param("id", o.id()).update();
            if (o.recipientId() != null) {
                targets.add(o.recipientId());
            }
        }
        for (UUID target : targets) {
            jdbc.sql("insert into incident_recipient (incident_id, organization_id, role, received_at) "
                    + "values (:i, :o, 'FORWARDED_TO', :now) on conflict do nothing")
                    .param("i", id).param("o", target).param("now", Timestamp.from(now)).update();
        }
        audit.record("INCIDENT_FORWARDED", "Incident", id, Map.of("to", targets.stream().map(UUID::toString).toList(),
                "at", now.toString()));
        events.publishEvent(new Notice("incident:" + id + ":forwarded:" + actor.organizationId(), List.copyOf(targets),
                "INCIDENT_FORWARDED", "18", label(incident.grade()) + " incident of " + incident.operatorName()
                        + " forwarded by " + actor.displayName() + ": " + incident.summary(),
                gradeZh(incident.grade()) + "网络安全事件（" + incident.operatorName() + "）由" + actor.displayName()
                        + "报送：" + incident.summary(), null, null, "/incidents/" + id));
        return get(actor, id);
    }

    @Transactional
    public IncidentView acknowledge(Actor actor, UUID id) {
        get(actor, id);
        int updated = jdbc.sql("update incident_recipient set acknowledged_at = coalesce(acknowledged_at, :now), "
                        + "acknowledged_by = coalesce(acknowledged_by, :by) where incident_id = :i and organization_id = :o")
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).param("i", id)
                .param("o", actor.organizationId()).update();
        if (updated == 0) {
            throw ApiException.conflict("Only a recipient of the incident acknowledges it.");
        }
        audit.record("INCIDENT_ACKNOWLEDGED", "Incident", id, Map.of());
        return get(actor, id);
    }

    // ---- after the first report ---------------------------------------------------------------------------------

    @Transactional
    public IncidentView supplement(Actor actor, UUID id, IncidentRequests.Supplement s) {
        IncidentView incident = ownIncident(actor, id);
        if (incident.status().equals("CLOSED")) {
            throw ApiException.conflict("The incident is closed by its final report.");
        }
        Validation v = new Validation();
        v.requireText(s.development(), "development", 4000);
        for (String[] t : new String[][] {{"trend", s.trend()}, {"cause", s.cause()}, {"leads", s.leads()},
                {"plannedMeasures", s.plannedMeasures()}, {"scenePreservation", s.scenePreservation()},
                {"other", s.other()}}) {
            v.optionalText(t[1], t[0], 4000);
        }
        if (s.impact() != null) {
            s.impact().validate(v, "impact.");
        }
        v.throwIfInvalid();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        IncidentView.Receipt receipt = addVersion(id, "SUPPLEMENT", s, actor, now);
        notifyRecipients(incident, "supplement-" + receipt.seq(), "INCIDENT_SUPPLEMENTED",
                "Supplement to the incident of " + incident.operatorName() + ": " + s.development().trim(),
                incident.operatorName() + "补充报告：" + s.development().trim());
        if (s.impact() != null) {
            regrade(actor, incident, s.impact().over(knownImpact(incident)), receipt.seq(), now);
        }
        audit.record("INCIDENT_SUPPLEMENTED", "Incident", id, Map.of("seq", receipt.seq(), "sha256", receipt.sha256()));
        return get(actor, id);
    }

    /** The impact figures as the earlier versions gave them, each later figure replacing an earlier one. */
    private ImpactFigures knownImpact(IncidentView incident) {
        ImpactFigures known = ImpactFigures.NONE;
        for (IncidentView.Version version : incident.versions()) {
            tools.jackson.databind.JsonNode impact = CANONICAL.readTree(version.content()).get("impact");
            if (impact != null && impact.isObject()) {
                known = CANONICAL.treeToValue(impact, ImpactFigures.class).over(known);
            }
        }
        return known;
    }

    /**
     * A supplement whose figures reach a higher grade raises the incident to it: the obligations the rule set adds at
     * that grade are created as if reported now (a first report due from discovery is met, or late, by this
     * supplement; forwarding is due from now), the new recipients are told, and the change is audited.
     */
    private void regrade(Actor actor, IncidentView incident, ImpactFigures impact, int seq, Instant now) {
        GradingGuide guide = grading.current();
        GradingGuide.Result computed = guide.grade(impact);
        Grade before = incident.grade();
        // a grade the reporter set below the computed one (with a reason) stands until the figures go higher still
        if (Grade.higher(before, incident.computedGrade()).atLeast(computed.grade())) {
            return;
        }
        UUID id = incident.id();
        jdbc.sql("""
                update incident set computed_grade = :grade, grade = :grade, grade_below_computed = false,
                    grade_reason = :reason, grade_reasons = :reasons, grading_guide_version = :guide where id = :id""")
                .param("grade", computed.grade().name())
                .param("reason", "Raised from " + before + " by the figures of supplement " + seq)
                .param("reasons", CANONICAL.writeValueAsString(computed.reasons())).param("guide", guide.version())
                .param("id", id).update();
        ReportingRuleSets.RuleSet ruleSet = ruleSets.byCode(incident.ruleSet());
        Set<String> existing = new java.util.HashSet<>();
        ruleSet.applicable(incident.operatorClass(), before).forEach(r -> existing.add(r.obligationKind()));
        List<ReportingRule> added = ruleSet.applicable(incident.operatorClass(), computed.grade()).stream()
                .filter(r -> !existing.contains(r.obligationKind())).toList();
        List<AssetSummary> affected = assets.visible(actor,
                incident.assets().stream().map(IncidentView.AssetRef::id).toList());
        Organizations.ReportingParties parties = organizations.reportingParties(incident.operatorId(),
                sectors(affected)).orElseThrow();
        Set<UUID> known = new LinkedHashSet<>();
        incident.recipients().forEach(r -> known.add(r.organizationId()));
        Set<UUID> reached = new LinkedHashSet<>(route(id, added, parties, affected, incident.discoveredAt(), now,
                incident.handlingEndedAt()).firstRecipients());
        reached.removeAll(known);
        List<UUID> told = new ArrayList<>(known);
        told.addAll(reached);
        if (!told.isEmpty()) {
            events.publishEvent(new Notice("incident:" + id + ":regraded:" + seq, told, "INCIDENT_REGRADED", "18",
                    "Incident of " + incident.operatorName() + " raised to " + label(computed.grade())
                            + " by a supplement: " + incident.summary(),
                    incident.operatorName() + "的网络安全事件经补充报告升为" + gradeZh(computed.grade()) + "："
                            + incident.summary(),
                    "Open the incident for its new clocks.", "请打开事件查看新的时限。", "/incidents/" + id));
        }
        audit.record("INCIDENT_REGRADED", "Incident", id, Map.of("from", before.name(), "to",
                computed.grade().name(), "seq", seq));
    }

    /** The operator ended the handling: the 30-day clock of the final report starts (Measures Art. 8). */
    @Transactional
    public IncidentView handlingEnded(Actor actor, UUID id) {
        IncidentView incident = ownIncident(actor, id);
        if (!incident.status().equals("OPEN")) {
            throw ApiException.conflict("The handling of this incident already ended.");
        }
        Instant now = clock.instant();
        jdbc.sql("update incident set status = 'HANDLING_ENDED', handling_ended_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
        ReportingRuleSets.RuleSet ruleSet = ruleSets.byCode(incident.ruleSet());
        for (ReportingRule rule : ruleSet.rules()) {
            if (rule.clockStart().equals("HANDLING_ENDED")) {
                Instant due = legalDue(now, rule);
                jdbc.sql("update incident_obligation set due_at = :due where incident_id = :id and kind = :kind "
                                + "and due_at is null")
                        .param("due", Timestamp.from(due)).param("id", id).param("kind", rule.obligationKind()).update();
            }
        }
        addVersion(id, "HANDLING_ENDED", Map.of("handlingEndedAt", now.toString()), actor, now);
        audit.record("INCIDENT_HANDLING_ENDED", "Incident", id, Map.of("at", now.toString()));
        return get(actor, id);
    }

    @Transactional
    public IncidentView finalReport(Actor actor, UUID id, IncidentRequests.FinalReport f) {
        IncidentView incident = ownIncident(actor, id);
        if (!incident.status().equals("HANDLING_ENDED")) {
            throw ApiException.conflict(incident.status().equals("OPEN")
                    ? "Mark the handling ended first: the final report follows it (Measures Art. 8)."
                    : "The final report was already filed.");
        }
        Validation v = new Validation();
        v.requireText(f.cause(), "cause", 4000);
        v.requireText(f.response(), "response", 4000);
        v.requireText(f.harm(), "harm", 4000);
        v.optionalText(f.accountability(), "accountability", 4000);
        v.optionalText(f.rectification(), "rectification", 4000);
        v.optionalText(f.lessons(), "lessons", 4000);
        v.throwIfInvalid();
        Instant now = clock.instant();
        IncidentView.Receipt receipt = addVersion(id, "FINAL_REPORT", f, actor, now);
        jdbc.sql("update incident_obligation set met_at = :now, status = case when status = 'LATE' or :now > due_at "
                        + "then 'LATE' else 'MET' end where incident_id = :id and kind = 'FINAL_REPORT' and met_at is null")
                .param("now", Timestamp.from(now)).param("id", id).update();
        jdbc.sql("update incident set status = 'CLOSED', closed_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
        audit.record("INCIDENT_FINAL_REPORT", "Incident", id, Map.of("seq", receipt.seq(), "sha256", receipt.sha256()));
        notifyRecipients(incident, "final", "INCIDENT_FINAL_REPORT",
                "Final report on the incident of " + incident.operatorName() + ": " + incident.summary(),
                incident.operatorName() + "提交事件总结报告：" + incident.summary());
        return get(actor, id);
    }

    /** The end of a day or month period that starts on the legal date of {@code startedAt}. */
    private Instant legalDue(Instant startedAt, ReportingRule rule) {
        LocalDate start = LocalDate.ofInstant(startedAt, LegalTime.ZONE);
        LocalDate end = switch (rule.dueUnit()) {
            case "DAYS" -> calendar.daysFrom(start, rule.dueAmount()).endDate();
            case "MONTHS" -> calendar.monthsFrom(start, rule.dueAmount()).endDate();
            default -> throw new IllegalStateException("not a calendar unit: " + rule.dueUnit());
        };
        // the last day ends at 24:00 (Civil Code Art. 203)
        return end.plusDays(1).atStartOfDay(LegalTime.ZONE).toInstant();
    }

    private IncidentView ownIncident(Actor actor, UUID id) {
        IncidentView incident = get(actor, id);
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("Only the reporting operator's staff add to its incident report.");
        }
        return incident;
    }

    private void notifyRecipients(IncidentView incident, String suffix, String kind, String en, String zh) {
        List<UUID> recipients = incident.recipients().stream().map(IncidentView.Recipient::organizationId).toList();
        if (!recipients.isEmpty()) {
            events.publishEvent(new Notice("incident:" + incident.id() + ":" + suffix, recipients, kind, "18", en, zh,
                    null, null, "/incidents/" + incident.id()));
        }
    }

    // ---- the sweep --------------------------------------------------------------------------------------------------

    /** Marks every pending obligation past its due instant late, and tells the obliged organization. */
    @Transactional
    public int markLate() {
        Instant now = clock.instant();
        record Late(UUID id, UUID incident, String kind, UUID obliged) {
        }
        List<Late> late = jdbc.sql("update incident_obligation set status = 'LATE' where status = 'PENDING' "
                        + "and due_at < :now returning id, incident_id, kind, obliged_org")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Late(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
                        rs.getString(3), UUID.fromString(rs.getString(4))))
                .list();
        for (Late l : late) {
            audit.record("INCIDENT_OBLIGATION_LATE", "Incident", l.incident(), Map.of("obligation", l.id().toString(),
                    "kind", l.kind()));
            events.publishEvent(new Notice("obligation:" + l.id() + ":late", List.of(l.obliged()), "OBLIGATION_LATE",
                    "40", "Missed deadline: " + l.kind() + " on an incident is late",
                    "已超过时限：事件的 " + l.kind() + " 未按时完成", null, null, "/incidents/" + l.incident()));
        }
        return late.size();
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    private static SqlPredicate scope(Actor actor) {
        return actor.jurisdiction().routedRecords("i.operator_id", "i.id", "incident_recipient", "incident_id");
    }

    public IncidentView get(Actor actor, UUID id) {
        SqlPredicate scope = scope(actor);
        Map<String, Object> row = jdbc.sql("select i.*, o.name as operator_name, rs.code as rule_set_code "
                        + "from incident i join organization o on o.id = i.operator_id "
                        + "join reporting_rule_set rs on rs.id = i.rule_set_id where i.id = :id and " + scope.sql())
                .params(scope.params()).param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Incident " + id));
        return view(row);
    }

    /** One row per incident, in one query: what an inbox or a list shows. */
    public record IncidentSummary(UUID id, String operatorName, String summary, String category, Grade grade,
            boolean gradeBelowComputed, String status, Instant discoveredAt, Instant reportedAt, boolean late,
            Instant nextDueAt, String nextDueKind, Instant receivedAt, Instant acknowledgedAt) {
    }

    public PageResult<IncidentSummary> list(Actor actor, String grade, String status, Boolean late, PageQuery page) {
        SqlPredicate scope = scope(actor);
        List<String> where = new ArrayList<>(List.of(scope.sql()));
        Map<String, Object> params = new HashMap<>(scope.params());
        if (grade != null && !grade.isBlank()) {
            where.add("i.grade = :grade");
            params.put("grade", grade);
        }
        if (status != null && !status.isBlank()) {
            where.add("i.status = :status");
            params.put("status", status);
        }
        if (Boolean.TRUE.equals(late)) {
            where.add("exists (select 1 from incident_obligation lo where lo.incident_id = i.id and lo.status = 'LATE')");
        }
        params.put("me", actor.organizationId());
        String condition = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from incident i where " + condition).params(params).query(Long.class)
                .single();
        List<IncidentSummary> items = jdbc.sql("""
                select i.id, o.name as operator_name, i.summary, i.category, i.grade, i.grade_below_computed, i.status,
                       i.discovered_at, i.reported_at,
                       exists (select 1 from incident_obligation lo where lo.incident_id = i.id and lo.status = 'LATE')
                           as late,
                       nd.due_at as next_due_at, nd.kind as next_due_kind, me.received_at, me.acknowledged_at
                from incident i join organization o on o.id = i.operator_id
                left join lateral (select due_at, kind from incident_obligation d
                                   where d.incident_id = i.id and d.met_at is null and d.due_at is not null
                                   order by d.due_at limit 1) nd on true
                left join incident_recipient me on me.incident_id = i.id and me.organization_id = cast(:me as uuid)
                where\s""" + condition + " order by i.reported_at desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new IncidentSummary(UUID.fromString(rs.getString("id")),
                        rs.getString("operator_name"), rs.getString("summary"), rs.getString("category"),
                        Grade.valueOf(rs.getString("grade")), rs.getBoolean("grade_below_computed"),
                        rs.getString("status"), Rows.instant(rs, "discovered_at"), Rows.instant(rs, "reported_at"),
                        rs.getBoolean("late"), Rows.instant(rs, "next_due_at"), rs.getString("next_due_kind"),
                        Rows.instant(rs, "received_at"), Rows.instant(rs, "acknowledged_at")))
                .list();
        return PageResult.of(items, page, total);
    }

    private IncidentView view(Map<String, Object> row) {
        UUID id = (UUID) row.get("id");
        List<IncidentView.AssetRef> assetRefs = jdbc.sql("select a.id, a.name, a.cii_status from incident_asset ia "
                        + "join asset a on a.id = ia.asset_id where ia.incident_id = :id")
                .param("id", id).query((rs, n) -> new IncidentView.AssetRef(UUID.fromString(rs.getString(1)),
                        rs.getString(2), rs.getString(3))).list().stream().sorted(ASSET_ORDER).toList();
        List<IncidentView.Obligation> obligations = jdbc.sql("""
                select ob.*, oo.name as obliged_name, ro.name as recipient_name from incident_obligation ob
                join organization oo on oo.id = ob.obliged_org left join organization ro on ro.id = ob.recipient_org
                where ob.incident_id = :id""")
                .param("id", id).query((rs, n) -> new IncidentView.Obligation(UUID.fromString(rs.getString("id")),
                        rs.getString("kind"), UUID.fromString(rs.getString("obliged_org")), rs.getString("obliged_name"),
                        Rows.uuid(rs, "recipient_org"), rs.getString("recipient_name"), rs.getString("recipient_kind"),
                        Rows.instant(rs, "due_at"), Rows.instant(rs, "met_at"), rs.getString("status"), rs.getString("article")))
                .list().stream().sorted(OBLIGATION_ORDER).toList();
        List<IncidentView.Recipient> recipients = jdbc.sql("""
                select r.*, o.name from incident_recipient r join organization o on o.id = r.organization_id
                where r.incident_id = :id""")
                .param("id", id).query((rs, n) -> new IncidentView.Recipient(
                        UUID.fromString(rs.getString("organization_id")), rs.getString("name"), rs.getString("role"),
                        Rows.instant(rs, "received_at"), Rows.instant(rs, "acknowledged_at")))
                .list().stream().sorted(RECIPIENT_ORDER).toList();
        List<IncidentView.Version> versions = jdbc.sql("select * from incident_version where incident_id = :id "
                        + "order by seq")
                .param("id", id).query((rs, n) -> new IncidentView.Version(rs.getInt("seq"), rs.getString("kind"),
                        Rows.instant(rs, "submitted_at"), rs.getString("submitted_by"), rs.getString("sha256"),
                        rs.getString("content"), List.of())).list();
        versions = withChanges(versions);
        IncidentView.Version lastVersion = versions.getLast();
        String recordedReasons = (String) row.get("grade_reasons");
        List<GradingGuide.Reason> reasons = recordedReasons != null
                ? CANONICAL.readValue(recordedReasons, new tools.jackson.core.type.TypeReference<List<GradingGuide.Reason>>() { })
                // filed before reasons were recorded (migration V13): regrade the first report's figures
                : grading.current().grade(impactOf(versions.getFirst().content())).reasons();
        return new IncidentView(id, (UUID) row.get("operator_id"), (String) row.get("operator_name"),
                (String) row.get("operator_class"), (String) row.get("rule_set_code"), assetRefs,
                ts(row.get("discovered_at")), ts(row.get("reported_at")), (String) row.get("category"),
                (String) row.get("subcategory"), (String) row.get("summary"), Grade.valueOf((String) row.get("grade")),
                Grade.valueOf((String) row.get("computed_grade")), reasons, (String) row.get("grade_reason"),
                (Boolean) row.get("grade_below_computed"), (String) row.get("status"), ts(row.get("handling_ended_at")),
                ts(row.get("closed_at")), obligations.stream().anyMatch(o -> o.status().equals("LATE")), obligations,
                recipients, versions,
                new IncidentView.Receipt(lastVersion.seq(), lastVersion.submittedAt(), lastVersion.sha256()));
    }

    /** Each version with the fields it added or changed, compared with the fields known from earlier versions. */
    static List<IncidentView.Version> withChanges(List<IncidentView.Version> versions) {
        List<IncidentView.Version> result = new ArrayList<>();
        Map<String, Object> known = new TreeMap<>();
        for (IncidentView.Version v : versions) {
            Map<?, ?> content = CANONICAL.readValue(v.content(), Map.class);
            List<IncidentView.Change> changes = new ArrayList<>();
            for (Map.Entry<?, ?> e : content.entrySet()) {
                Object value = e.getValue();
                if (value == null || "".equals(value)) {
                    continue;
                }
                Object before = known.put(String.valueOf(e.getKey()), value);
                if (v.seq() > 1 && !value.equals(before)) {
                    changes.add(new IncidentView.Change(String.valueOf(e.getKey()), before, value));
                }
            }
            result.add(new IncidentView.Version(v.seq(), v.kind(), v.submittedAt(), v.submittedBy(), v.sha256(),
                    v.content(), changes));
        }
        return result;
    }

    private static ImpactFigures impactOf(String initialContent) {
        Map<?, ?> content = CANONICAL.readValue(initialContent, Map.class);
        Object impact = content.get("impact");
        return impact == null ? ImpactFigures.NONE : CANONICAL.convertValue(impact, ImpactFigures.class);
    }

    private static Instant ts(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }


    static String label(Grade grade) {
        return switch (grade) {
            case PARTICULARLY_MAJOR -> "Particularly major";
            case MAJOR -> "Major";
            case RELATIVELY_MAJOR -> "Relatively major";
            case GENERAL -> "General";
        };
    }

    static String gradeZh(Grade grade) {
        return switch (grade) {
            case PARTICULARLY_MAJOR -> "特别重大";
            case MAJOR -> "重大";
            case RELATIVELY_MAJOR -> "较大";
            case GENERAL -> "一般";
        };
    }
}
