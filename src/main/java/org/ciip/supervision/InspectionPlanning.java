package org.ciip.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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
 * Planning inspections of CII (Art. 26-28) and their coordination (Art. 27 para 2): a protection department, CAC, MPS,
 * a public security organ or the state security, secrecy or cryptography administration plans an inspection or
 * detection of an operator in its jurisdiction; CIIP shows the other bodies' inspections of that operator whose scope
 * overlaps within the window, tells their bodies, and lets one be merged into the other as a joint inspection. CAC sees
 * every inspection and overlap nationally.
 */
@Service
public class InspectionPlanning implements org.ciip.enforcement.InspectionSources {

    /** Who inspects CII (Art. 26-28). */
    public static final Set<OrganizationKind> INSPECTORS = EnumSet.of(OrganizationKind.PROTECTION_DEPARTMENT,
            OrganizationKind.CAC, OrganizationKind.PROVINCIAL_CAC, OrganizationKind.MPS,
            OrganizationKind.PUBLIC_SECURITY_ORGAN, OrganizationKind.STATE_SECURITY,
            OrganizationKind.SECRECY_ADMINISTRATION, OrganizationKind.CRYPTOGRAPHY_ADMINISTRATION);

    private final InspectionRecords records;
    private final InspectionFiles files;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionPlanning(InspectionRecords records, InspectionFiles files, Organizations organizations,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.files = files;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** The article a body inspects under: a department Art. 26, CAC Art. 27, the others Art. 28. */
    public static String basisOf(OrganizationKind kind) {
        return switch (kind) {
            case PROTECTION_DEPARTMENT -> "26";
            case CAC, PROVINCIAL_CAC -> "27";
            default -> "28";
        };
    }

    /** The overlap window in force, with its source and whether it is confirmed. */
    public record OverlapWindow(int days, boolean confirmed, String source) {
    }

    public OverlapWindow overlapWindow() {
        InspectionRecords.Window w = records.overlapWindow(LegalTime.today(clock));
        return new OverlapWindow(w.days(), w.confirmed(), w.source());
    }

    /** An operator the actor may inspect, with its CII assets, for the planning form. */
    public record Inspectable(UUID id, String name) {
    }

    public List<Inspectable> inspectableOperators(Actor actor, String q) {
        requireInspector(actor);
        return records.inspectableOperators(actor.organizationId(), q, 200).stream()
                .map(o -> new Inspectable(o.id(), o.name())).toList();
    }

    public List<InspectionView.Asset> ciiAssets(Actor actor, UUID operatorId) {
        requireInspector(actor);
        if (!records.inspectable(actor.organizationId(), operatorId)) {
            throw ApiException.notFound("Operator " + operatorId);
        }
        return records.ciiAssetsOf(operatorId);
    }

    private static void requireInspector(Actor actor) {
        if (!INSPECTORS.contains(actor.organizationKind()) || !actor.canWrite()) {
            throw ApiException.forbidden("A protection department, CAC, MPS, a public security organ or the state "
                    + "security, secrecy or cryptography administration plans inspections (Art. 26-28).");
        }
    }

    @Transactional
    public InspectionView plan(Actor actor, InspectionRequest r) {
        requireInspector(actor);
        LocalDate today = LegalTime.today(clock);
        Validation v = new Validation();
        v.require(r.operatorId() != null, "operatorId", "validation.required", "is required");
        String kind = r.kind() == null ? "" : r.kind().trim().toUpperCase(Locale.ROOT);
        if (!kind.equals("INSPECTION") && !kind.equals("DETECTION")) {
            v.add("kind", "validation.oneOf", "must be INSPECTION or DETECTION", "INSPECTION, DETECTION");
        }
        String basis = basisOf(actor.organizationKind());
        if (r.legalBasis() != null && !r.legalBasis().isBlank() && !r.legalBasis().trim().equals(basis)) {
            v.add("legalBasis", "validation.inspectionBasis", "must be " + basis + ": the article your organization "
                    + "inspects under", basis);
        }
        v.requireText(r.title(), "title", 300);
        List<String> topics = new ArrayList<>();
        for (String t : r.topics() == null ? List.<String>of() : r.topics()) {
            try {
                String name = InspectionTopic.valueOf(t == null ? "" : t.trim().toUpperCase(Locale.ROOT)).name();
                if (!topics.contains(name)) {
                    topics.add(name);
                }
            } catch (IllegalArgumentException e) {
                v.add("topics", "validation.oneOf", "must be among " + topicNames(), topicNames());
                break;
            }
        }
        if (topics.isEmpty() && !v.hasProblem("topics")) {
            v.add("topics", "validation.required", "is required");
        }
        if (r.startsOn() == null) {
            v.add("startsOn", "validation.required", "is required");
        } else if (r.startsOn().isBefore(today) || r.startsOn().isAfter(today.plusYears(2))) {
            v.add("startsOn", "validation.inspectionStart", "must be between today and two years from now");
        }
        if (r.endsOn() == null) {
            v.add("endsOn", "validation.required", "is required");
        } else if (r.startsOn() != null && (r.endsOn().isBefore(r.startsOn())
                || r.endsOn().isAfter(r.startsOn().plusDays(90)))) {
            v.add("endsOn", "validation.inspectionEnd", "must be on or after the start, and within 90 days of it");
        }
        v.requireText(r.team(), "team", 2000);
        v.throwIfInvalid();
        if (!records.inspectable(actor.organizationId(), r.operatorId())) {
            // an operator outside the body's jurisdiction answers as if it did not exist
            throw ApiException.notFound("Operator " + r.operatorId());
        }
        List<UUID> assets = r.assetIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(r.assetIds()));
        if (!assets.isEmpty() && records.assetsOf(r.operatorId(), assets).size() != assets.size()) {
            throw ApiException.invalid("assetIds", "must be assets of the operator");
        }
        UUID id = UUID.randomUUID();
        String number = records.nextNumber(today.getYear());
        records.insert(id, number, actor.organizationId(), r, kind, basis, topics, assets, clock.instant(),
                actor.username());
        List<InspectionPlanned.OverlapNotice> overlaps = overlapping(id, r.operatorId()).stream()
                .map(o -> new InspectionPlanned.OverlapNotice(o.id(), o.number(), records.bodies(o.id()))).toList();
        String planner = organizations.find(actor.organizationId()).map(o -> o.name()).orElse("");
        String operatorName = organizations.find(r.operatorId()).map(o -> o.name()).orElse("");
        events.publishEvent(new InspectionPlanned(id, List.of(r.operatorId()), number, actor.organizationId(), planner,
                operatorName, r.title().trim(), r.startsOn(), r.endsOn(), overlaps));
        return find(actor, id);
    }

    private static String topicNames() {
        return String.join(", ", java.util.Arrays.stream(InspectionTopic.values()).map(Enum::name).toList());
    }

    /** The other bodies' open inspections of the operator that overlap this one, as the policy decides. */
    private List<InspectionView.Overlap> overlapping(UUID id, UUID operatorId) {
        int window = records.overlapWindow(LegalTime.today(clock)).days();
        List<InspectionOverlap.Plan> plans = records.openPlans(operatorId);
        InspectionOverlap.Plan me = plans.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        if (me == null) {
            return List.of();
        }
        return records.overlaps(plans.stream().filter(p -> InspectionOverlap.overlap(me, p, window))
                .map(InspectionOverlap.Plan::id).toList());
    }

    /**
     * The inspection for its bodies, its operator and CAC; 404 for anyone else. The operator does not see the
     * overlaps; only the operator sees its reports of fees or brands; documents are for the operator and the bodies.
     */
    public InspectionView find(Actor actor, UUID id) {
        if (actor.organizationId() == null) {
            throw ApiException.notFound("Inspection " + id);
        }
        InspectionRecords.Core c = records.find(id, actor.organizationId(), actor.is(OrganizationKind.CAC))
                .orElseThrow(() -> ApiException.notFound("Inspection " + id));
        boolean operator = c.operatorId.equals(actor.organizationId());
        boolean body = c.bodies.stream().anyMatch(b -> b.id().equals(actor.organizationId()));
        LocalDate today = LegalTime.today(clock);
        return new InspectionView(c.id, c.number, c.operatorId, c.operatorName, c.kind, c.legalBasis, c.title,
                c.topics, c.assets, c.startsOn, c.endsOn, c.team, c.status, c.mergedInto, c.mergedIntoNumber,
                c.bodies, c.plannedAt, c.plannedBy, c.confirmedAt, c.confirmedBy, c.attendees, c.closedAt,
                c.conclusion, operator || body ? files.documents(id) : List.of(), files.findings(id, today),
                files.nonCooperation(id), operator || !c.status.open() ? List.of() : overlapping(id, c.operatorId),
                operator ? files.conductReports(id, c.operatorId) : List.of());
    }

    @Override
    public java.util.Optional<Source> asBody(Actor actor, UUID inspectionId) {
        if (actor.organizationId() == null) {
            return java.util.Optional.empty();
        }
        return records.find(inspectionId, actor.organizationId(), false)
                .filter(c -> c.bodies.stream().anyMatch(b -> b.id().equals(actor.organizationId())))
                .map(c -> new Source(c.operatorId, c.number));
    }

    /** The inspections the actor may see (CAC: all), by start date; optionally by status, text and period. */
    public PageResult<InspectionSummary> list(Actor actor, InspectionStatus status, String q, LocalDate from,
            LocalDate to, PageQuery page) {
        if (actor.organizationId() == null) {
            return PageResult.of(List.of(), page, 0);
        }
        return records.page(actor.organizationId(), actor.is(OrganizationKind.CAC), status, Validation.blankToNull(q),
                from, to, page);
    }

    /**
     * A body merges its inspection into another body's overlapping inspection of the same operator, which becomes a
     * joint inspection led by that body (Art. 27 para 2). Both bodies and the operator are told.
     */
    @Transactional
    public InspectionView merge(Actor actor, UUID id, UUID intoId) {
        InspectionView mine = find(actor, id);
        if (!mine.inspectedBy(actor.organizationId()) || !actor.canWrite()) {
            throw ApiException.forbidden("A body of the inspection merges it into another.");
        }
        if (intoId == null) {
            throw ApiException.invalid("intoId", "is required");
        }
        InspectionView.Overlap into = mine.overlaps().stream().filter(o -> o.id().equals(intoId)).findFirst()
                .orElseThrow(() -> ApiException.invalid("intoId", "must be an inspection that overlaps this one"));
        // both rows locked in one order: two merges of the same pair cannot cross
        List<UUID> pair = new ArrayList<>(List.of(id, intoId));
        pair.sort(null);
        pair.forEach(records::lock);
        InspectionStatus.Step step = find(actor, id).status().merge();
        if (!records.merge(id, step, intoId)) {
            throw ApiException.conflict("One of the two inspections changed meanwhile.");
        }
        List<UUID> to = new ArrayList<>(records.bodies(intoId));
        to.add(mine.operatorId());
        to.remove(actor.organizationId());
        events.publishEvent(new InspectionsMerged(id, to, mine.number(), into.number(), intoId));
        return find(actor, intoId);
    }
}
