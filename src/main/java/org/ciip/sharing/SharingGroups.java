package org.ciip.sharing;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sharing groups of Art. 23, the module's public API for collections: CAC runs the national collection and each
 * protection department its sectors'; organizations read them by their scope (a sector's organizations are its
 * members) and by admission. A collection the caller does not read answers 404.
 */
@Service
public class SharingGroups {

    private final CollectionRecords collections;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SharingGroups(CollectionRecords collections, ApplicationEventPublisher events, Clock clock) {
        this.collections = collections;
        this.events = events;
        this.clock = clock;
    }

    /** What opening a collection needs: {@code sector} null for the national collection (CAC only). */
    public record OpenRequest(String sector, String title, String titleEn, String description) {
    }

    /** An organization admitted by name, beyond the collection's scope. */
    public record Member(UUID organizationId, String name, String kind, MemberTier tier, boolean canWrite) {
    }

    /** Someone a TLP:AMBER+STRICT or TLP:RED object may name: its identity reference and who it is. */
    public record Recipient(String identityRef, String name, String organization) {
    }

    public static boolean mayOpen(Actor actor) {
        return actor.canWrite() && (actor.is(OrganizationKind.CAC)
                || actor.is(OrganizationKind.PROTECTION_DEPARTMENT));
    }

    @Transactional(readOnly = true)
    public List<CollectionView> collections(Actor actor) {
        if (actor.is(OrganizationKind.PLATFORM_ADMIN)) {
            throw ApiException.forbidden("The platform administrator reads no shared threat information (DESIGN §3)");
        }
        return actor.organizationId() == null ? List.of() : collections.readable(actor.organizationId());
    }

    @Transactional(readOnly = true)
    public CollectionView collection(Actor actor, UUID id) {
        return (actor.organizationId() == null ? java.util.Optional.<CollectionView>empty()
                : collections.find(id, actor.organizationId())).orElseThrow(() -> ApiException.notFound("collection"));
    }

    @Transactional
    public CollectionView open(Actor actor, OpenRequest request) {
        if (!mayOpen(actor)) {
            throw ApiException.forbidden("CAC opens the national collection and protection departments their"
                    + " sectors' (Art. 23)");
        }
        String sector = request.sector() == null || request.sector().isBlank() ? null : request.sector().strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (sector == null && !actor.is(OrganizationKind.CAC)) {
            problems.add(new FieldProblem("sector", "Choose one of your sectors; the national collection is CAC's"));
        }
        if (sector != null && !actor.jurisdiction().sectors().contains(sector)) {
            problems.add(new FieldProblem("sector", "Choose one of your sectors: "
                    + String.join(", ", actor.jurisdiction().sectors())));
        }
        text(problems, "title", request.title(), 200);
        text(problems, "titleEn", request.titleEn(), 200);
        if (request.description() != null && request.description().length() > 2000) {
            problems.add(new FieldProblem("description", "At most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        UUID id = UUID.randomUUID();
        if (!collections.insert(id, actor.organizationId(), sector, request.title().strip(),
                request.titleEn().strip(), blankToNull(request.description()), clock.instant(), actor.username())) {
            throw ApiException.conflict("You already run the collection of " + (sector == null ? "the nation" : sector));
        }
        events.publishEvent(new CollectionOpened(id, actor.organizationId(), sector, request.title().strip()));
        return collection(actor, id);
    }

    /** The runner admits an organization (or changes how it belongs). */
    @Transactional
    public List<Member> admit(Actor actor, UUID collectionId, UUID organizationId, MemberTier tier,
            boolean canWrite) {
        CollectionView collection = runBy(actor, collectionId);
        if (organizationId == null || collections.organizations(List.of(organizationId)).isEmpty()) {
            throw ApiException.invalid("organizationId", "Choose an organization registered in CIIP");
        }
        if (tier == null) {
            throw ApiException.invalid("tier", "Choose MEMBER, PARTNER or GUEST");
        }
        collections.admit(collection.id(), organizationId, tier, canWrite, clock.instant(), actor.username());
        events.publishEvent(new MemberAdmitted(collection.id(), organizationId, tier, canWrite));
        return members(actor, collectionId);
    }

    @Transactional(readOnly = true)
    public List<Member> members(Actor actor, UUID collectionId) {
        CollectionView collection = collection(actor, collectionId);
        return collections.members(collection.id()).stream()
                .map(m -> new Member(m.organizationId(), m.name(), m.kind(), m.tier(), m.canWrite())).toList();
    }

    /** Who a TLP:AMBER+STRICT object may name (the member organizations) and a TLP:RED one (their people). */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(Actor actor, UUID collectionId, Tlp tlp) {
        CollectionView collection = collection(actor, collectionId);
        List<CollectionRecords.Person> people = tlp == Tlp.RED ? collections.peopleOfMembers(collection.id())
                : collections.memberOrganizations(collection.id());
        return people.stream().map(p -> new Recipient("identity--" + p.id(), p.displayName(), p.organization()))
                .toList();
    }

    private CollectionView runBy(Actor actor, UUID collectionId) {
        CollectionView collection = collection(actor, collectionId);
        if (!collection.runBy().equals(actor.organizationId()) || !actor.canWrite()) {
            throw ApiException.forbidden("Only the organization that runs the collection admits members");
        }
        return collection;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "Required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "At most " + max + " characters"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
