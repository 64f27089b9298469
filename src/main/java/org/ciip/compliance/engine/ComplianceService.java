package org.ciip.compliance.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.ciip.compliance.CompliancePeriods;
import org.ciip.compliance.OperatorFacts;
import org.ciip.compliance.ProgramDuties;
import org.ciip.enforcement.Breaches;
import org.ciip.enforcement.CaseStatus;
import org.ciip.enforcement.CaseView;
import org.ciip.enforcement.EnforcementCases;
import org.ciip.enforcement.PenaltyRanges;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance of operators with Art. 39-41 on a date, for those who may see it: an operator itself; its protection
 * departments, operator by operator; MPS and CAC as national aggregates only (DESIGN.md §3).
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService implements CompliancePeriods, ProgramDuties, Breaches {

    private static final Set<String> DOCUMENT_KINDS = Set.of("PROTECTION_SYSTEM", "RESPONSIBILITY_SYSTEM",
            "SECURITY_PLAN", "EMERGENCY_PLAN", "DATA_PROTECTION_SYSTEM", "SERVICE_SECURITY_MANAGEMENT");
    private static final Set<String> ACTIVITY_KINDS = Set.of("DRILL", "TRAINING");

    /** A fact with its message and where its records are. */
    public record Evidence(String code, String text, String recordType, List<UUID> recordIds, List<String> links) {
    }

    /**
     * One item as DESIGN.md §4 answers it, with its title, since when, what to do next, and the enforcement case that
     * follows it ({@code followUp}, the newest one the reader may see; null when there is none).
     */
    public record Item(String article, String title, ComplianceStatus status, LocalDate since,
            List<Evidence> evidence, PenaltyRanges.Consequence consequence, String next, FollowUp followUp) {

        Item withFollowUp(FollowUp followUp) {
            return new Item(article, title, status, since, evidence, consequence, next, followUp);
        }
    }

    /** The enforcement case that follows a breach, and its stage. */
    public record FollowUp(UUID caseId, String number, CaseStatus status) {
    }

    public record OperatorCompliance(UUID operatorId, String operatorName, LocalDate asOf, List<Item> items) {

        public long count(ComplianceStatus status) {
            return items.stream().filter(i -> i.status() == status).count();
        }

        /** The number of items by status name, for the page. */
        public Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (ComplianceStatus status : ComplianceStatus.values()) {
                counts.put(status.name(), count(status));
            }
            return counts;
        }
    }

    /** An operator's items, judged but not yet worded: the rows of a department's matrix. */
    public record OperatorRow(UUID operatorId, String name, String regionCode, List<String> sectors,
            List<ItemResult> items) {

        public ItemResult item(String article) {
            return items.stream().filter(i -> i.article().equals(article)).findFirst().orElseThrow();
        }
    }

    /** Counts of operators by item and status, and the operators themselves. */
    public record Matrix(LocalDate asOf, List<String> articles, Map<String, Map<ComplianceStatus, Long>> counts,
            List<OperatorRow> operators) {

        public long count(String article, ComplianceStatus status) {
            return counts.get(article).getOrDefault(status, 0L);
        }
    }

    /** National aggregates for MPS and CAC: per group (sector or province), operators and non-compliant counts. */
    public record Group(String key, long operators, long ciiOperators, Map<String, Long> nonCompliant,
            long anyNonCompliant) {
    }

    public record National(LocalDate asOf, long operators, Map<String, Map<ComplianceStatus, Long>> counts,
            List<Group> bySector, List<Group> byProvince) {
    }

    private final ComplianceQuery query;
    private final PenaltyRanges penalties;
    private final MessageSource messages;
    private final ComplianceParameters storedParameters;
    private final Clock clock;
    private final EnforcementCases enforcement;

    ComplianceService(ComplianceQuery query, PenaltyRanges penalties, MessageSource messages,
            ComplianceParameters storedParameters, Clock clock, EnforcementCases enforcement) {
        this.enforcement = enforcement;
        this.query = query;
        this.penalties = penalties;
        this.messages = messages;
        this.storedParameters = storedParameters;
        this.clock = clock;
    }

    public LocalDate today() {
        return LegalTime.today(clock);
    }

    /** The as-of date of a request: today when absent; 400 naming {@code asOf} when unreadable or in the future. */
    public LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return today();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(asOf.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.invalid(List.of(new FieldProblem("asOf", "must be a date YYYY-MM-DD", null,
                    "validation.date", List.of())));
        }
        if (date.isAfter(today())) {
            throw ApiException.invalid(List.of(new FieldProblem("asOf", "cannot be in the future", null,
                    "validation.notInFuture", List.of())));
        }
        return date;
    }

    /** One operator's items with facts and consequences; 404 outside the actor's jurisdiction. */
    public OperatorCompliance forOperator(Actor actor, UUID operatorId, LocalDate asOf, Locale locale) {
        SqlPredicate scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        Parameters parameters = parameters();
        OperatorFacts f = query.factsOf(scope, operatorId, asOf, instantOf(asOf), parameters)
                .orElseThrow(() -> ApiException.notFound("Operator " + operatorId));
        Map<String, CaseView> cases = enforcement.latestByArticle(actor, f.operatorId());
        List<Item> items = new ComplianceRules(parameters).evaluate(f, asOf).stream()
                .map(r -> word(r, f.operatorId(), locale))
                .map(i -> cases.containsKey(i.article()) ? i.withFollowUp(new FollowUp(cases.get(i.article()).id(),
                        cases.get(i.article()).number(), cases.get(i.article()).status())) : i)
                .toList();
        return new OperatorCompliance(f.operatorId(), f.name(), asOf, items);
    }

    /** Whether the operator is non-compliant with the item on the date (Breaches, for enforcement cases). */
    @Override
    public boolean breached(UUID operatorId, String article, LocalDate asOf) {
        Parameters parameters = parameters();
        return query.factsOf(SqlPredicate.ALL, operatorId, asOf, instantOf(asOf), parameters)
                .map(f -> new ComplianceRules(parameters).evaluate(f, asOf).stream()
                        .anyMatch(r -> r.article().equals(article) && r.status() == ComplianceStatus.NON_COMPLIANT))
                .orElse(false);
    }

    @Override
    public List<OperatorDuties> evaluate(SqlPredicate operators, LocalDate asOf) {
        Parameters parameters = parameters();
        ComplianceRules rules = new ComplianceRules(parameters);
        return query.facts(operators, null, null, asOf, instantOf(asOf), parameters).stream()
                .map(f -> new OperatorDuties(f, rules.judge(f, asOf).duties())).toList();
    }

    /**
     * Every operator a protection department supervises (or, for the system, all), optionally one sector and one
     * region prefix (a province's two digits or a full six-digit code).
     */
    public Matrix matrix(Actor actor, LocalDate asOf, String sector, String region) {
        if (!actor.jurisdiction().isSystem() && !actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            throw ApiException.notFound("Compliance matrix");
        }
        SqlPredicate scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        if (region != null && !region.isBlank()) {
            if (!region.trim().matches("\\d{2}|\\d{4}|\\d{6}")) {
                throw ApiException.invalid(List.of(new FieldProblem("region", "must be 2, 4 or 6 digits of an "
                        + "administrative division code", null, "validation.regionPrefix", List.of())));
            }
        }
        List<OperatorRow> rows = evaluate(scope, sector == null ? null : sector.trim(),
                region == null || region.isBlank() ? null : region.trim(), asOf);
        return new Matrix(asOf, ComplianceRules.ARTICLES, counts(rows), rows);
    }

    /** National aggregates by sector and by province, for MPS and CAC; 404 for anyone else. */
    public National national(Actor actor, LocalDate asOf) {
        if (!actor.jurisdiction().seesNationalAggregates()) {
            throw ApiException.notFound("National compliance aggregates");
        }
        List<OperatorRow> rows = evaluate(SqlPredicate.ALL, null, null, asOf);
        Map<String, List<OperatorRow>> bySector = new TreeMap<>();
        Map<String, List<OperatorRow>> byProvince = new TreeMap<>();
        for (OperatorRow row : rows) {
            row.sectors().forEach(s -> bySector.computeIfAbsent(s, k -> new ArrayList<>()).add(row));
            byProvince.computeIfAbsent(row.regionCode().substring(0, 2), k -> new ArrayList<>()).add(row);
        }
        return new National(asOf, rows.size(), counts(rows), groups(bySector), groups(byProvince));
    }

    private List<OperatorRow> evaluate(SqlPredicate scope, String sector, String regionPrefix, LocalDate asOf) {
        Parameters parameters = parameters();
        ComplianceRules rules = new ComplianceRules(parameters);
        return query.facts(scope, sector, regionPrefix, asOf, instantOf(asOf), parameters).stream()
                .map(f -> new OperatorRow(f.operatorId(), f.name(), f.regionCode(), f.sectors(),
                        rules.evaluate(f, asOf)))
                .toList();
    }

    private static Map<String, Map<ComplianceStatus, Long>> counts(List<OperatorRow> rows) {
        Map<String, Map<ComplianceStatus, Long>> counts = new LinkedHashMap<>();
        for (String article : ComplianceRules.ARTICLES) {
            Map<ComplianceStatus, Long> byStatus = new EnumMap<>(ComplianceStatus.class);
            for (ComplianceStatus status : ComplianceStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(article, byStatus);
        }
        for (OperatorRow row : rows) {
            for (ItemResult item : row.items()) {
                counts.get(item.article()).merge(item.status(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static List<Group> groups(Map<String, List<OperatorRow>> grouped) {
        List<Group> groups = new ArrayList<>();
        grouped.forEach((key, rows) -> {
            Map<String, Long> nonCompliant = new LinkedHashMap<>();
            ComplianceRules.ARTICLES.forEach(a -> nonCompliant.put(a, 0L));
            long any = 0;
            long cii = 0;
            for (OperatorRow row : rows) {
                boolean breached = false;
                for (ItemResult item : row.items()) {
                    if (item.status() == ComplianceStatus.NON_COMPLIANT) {
                        nonCompliant.merge(item.article(), 1L, Long::sum);
                        breached = true;
                    }
                }
                if (row.items().getFirst().status() != ComplianceStatus.NOT_APPLICABLE) {
                    cii++;
                }
                any += breached ? 1 : 0;
            }
            groups.add(new Group(key, rows.size(), cii, nonCompliant, any));
        });
        return groups;
    }

    /** An item in the reader's language, with links to its records and, when breached, what may follow. */
    public Item word(ItemResult result, UUID operatorId, Locale locale) {
        List<Evidence> evidence = result.facts().stream().map(f -> new Evidence(f.code(),
                messages.getMessage(f.code(), localizedArgs(f.args(), locale), f.code(), locale), f.recordType(),
                f.recordIds(), links(f, result.article(), operatorId))).toList();
        PenaltyRanges.Consequence consequence = result.status() == ComplianceStatus.NON_COMPLIANT
                ? penalties.consequence(result.article(), result.amount(), locale) : null;
        String key = result.article().replace("(", "_").replace(")", "");
        String next = result.status() == ComplianceStatus.NON_COMPLIANT || result.status() == ComplianceStatus.AT_RISK
                ? messages.getMessage("complianceNext." + key, null, locale) : null;
        return new Item(result.article(), messages.getMessage("complianceItem." + key, null, locale),
                result.status(), result.since(), evidence, consequence, next, null);
    }

    private Object[] localizedArgs(List<Object> args, Locale locale) {
        return args.stream().map(a -> {
            if (a instanceof String s && DOCUMENT_KINDS.contains(s)) {
                return messages.getMessage("documentKind." + s, null, s, locale);
            }
            if (a instanceof String s && ACTIVITY_KINDS.contains(s)) {
                return messages.getMessage("activityKind." + s, null, s, locale);
            }
            return a instanceof LocalDate d ? d.toString() : a;
        }).toArray();
    }

    /** Where the records of a fact are shown. */
    static List<String> links(Fact fact, String article, UUID operatorId) {
        String program = "/operators/" + operatorId + "/program";
        if (fact.recordType() == null) {
            return List.of();
        }
        return switch (fact.recordType()) {
            case "PURCHASE" -> List.of(program + "#procurement");
            case "CORPORATE_CHANGE" -> List.of(program + "#changes");
            case "ASSET" -> fact.recordIds().stream().map(id -> "/assets/" + id).toList();
            case "ASSESSMENT" -> fact.recordIds().stream().map(id -> "/assessments/" + id).toList();
            case "INCIDENT" -> fact.recordIds().stream().map(id -> "/incidents/" + id).toList();
            case "CHANGE_REPORT" -> fact.recordIds().stream().map(id -> "/change-reports/" + id).toList();
            case "WARNING" -> List.of("/warnings");
            case "INSPECTION" -> fact.recordIds().stream().map(id -> "/inspections/" + id).toList();
            default -> List.of(program + "#" + section(article));
        };
    }

    private static String section(String article) {
        return switch (article) {
            case "39(4)" -> "institution";
            case "39(5)" -> "people";
            case "39(6)" -> "decisions";
            case "39(3)" -> "documents";
            case "39(7)" -> "duties";
            default -> "duties";
        };
    }

    /** The rules' periods: the newest version of each parameter. */
    @Override
    public Periods current() {
        Parameters p = parameters();
        return new Periods(p.atRiskDays(), p.assessmentMonths(), p.activityMonths());
    }

    /** The parameters in force: the newest version of each, read in the caller's transaction. */
    public Parameters parameters() {
        Map<String, Integer> values = storedParameters.current();
        return new Parameters(values.get("AT_RISK_WINDOW"), values.get("ASSESSMENT_INTERVAL"),
                values.get("ACTIVITY_INTERVAL"), values.get("TIMELY_CHANGE_REPORT"),
                values.get("TIMELY_CORPORATE_CHANGE_REPORT"), values.get("LATE_REPORT_LOOKBACK"),
                values.get("WARNING_RESPONSE_GRACE"));
    }

    /** The parameters with their source, as the UI and API show them. */
    public List<Map<String, Object>> parameterSources() {
        return storedParameters.sources();
    }

    /** The records as they stood at the end of the day, or now for today. */
    private Instant instantOf(LocalDate asOf) {
        Instant now = clock.instant();
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(LegalTime.ZONE).toInstant().minusNanos(1000);
        return endOfDay.isBefore(now) ? endOfDay : now;
    }
}
