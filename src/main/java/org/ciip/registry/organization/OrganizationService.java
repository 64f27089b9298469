package org.ciip.registry.organization;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ciip.registry.OrganizationChanged;
import org.ciip.registry.OrganizationRegistered;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.registry.RegionCode;
import org.ciip.registry.Sectors;
import org.ciip.registry.UnifiedSocialCreditCode;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.Changes;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations of every kind: the platform administrator registers and edits them; everyone reads the directory
 * within their jurisdiction. */
@Service
public class OrganizationService implements Organizations {

    static final Map<String, String> SORTABLE = Map.of("name", "o.name", "kind", "o.kind", "regionCode",
            "o.region_code", "creditCode", "o.credit_code");

    private final StoredOrganizations organizations;
    private final Sectors sectors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationService(StoredOrganizations organizations, Sectors sectors, ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.sectors = sectors;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<OrganizationSummary> find(UUID id) {
        return organizations.find(id);
    }

    @Override
    public Optional<OrganizationSummary> findByCreditCode(String creditCode) {
        return organizations.findByCreditCode(creditCode);
    }

    @Override
    public List<OrganizationSummary> listAll() {
        return organizations.all();
    }

    @Override
    public List<UUID> idsOfKind(OrganizationKind kind) {
        return organizations.idsOfKind(kind);
    }

    @Override
    public List<UUID> departmentsFor(String sector, String regionCode) {
        return organizations.departmentsFor(sector, regionCode);
    }

    @Override
    public Optional<ReportingParties> reportingParties(UUID reporter, java.util.Collection<String> sectors) {
        return organizations.reportingParties(reporter, sectors);
    }

    @Override
    public Map<OrganizationKind, Long> countByKind() {
        return organizations.countByKind();
    }

    /** One organization, if the caller's jurisdiction lets them see it. */
    public OrganizationSummary get(Actor actor, UUID id) {
        SqlPredicate scope = actor.jurisdiction().organizations("o.id", "o.kind", "o.sectors", "o.region_code");
        return organizations.find(scope, id).orElseThrow(() -> ApiException.notFound("Organization " + id));
    }

    public PageResult<OrganizationSummary> list(Actor actor, String q, OrganizationKind kind, String sector,
            PageQuery page) {
        SqlPredicate scope = actor.jurisdiction().organizations("o.id", "o.kind", "o.sectors", "o.region_code");
        String text = q == null || q.isBlank() ? null : q.trim();
        return organizations.page(scope, text, kind, sector, page);
    }

    @Override
    @Transactional
    public OrganizationSummary register(OrganizationRegistration r) {
        requireAdministrator();
        Validation v = new Validation();
        v.require(r.kind() != null, "kind", "validation.required", "is required");
        v.requireText(r.name(), "name", 200);
        v.optionalText(r.nameEn(), "nameEn", 200);
        String creditCode = r.creditCode() == null ? null : r.creditCode().trim().toUpperCase();
        checkCreditCode(v, creditCode, null);
        checkRegion(v, r.regionCode());
        List<String> sectorCodes = checkSectors(v, r.kind(), r.sectors());
        String province = checkProvince(v, r.kind(), r.jurisdictionProvince());
        v.throwIfInvalid();

        UUID id = UUID.randomUUID();
        organizations.insert(id, r.kind(), r.name().trim(), Validation.blankToNull(r.nameEn()), creditCode,
                r.regionCode(), province, sectorCodes, clock.instant());
        events.publishEvent(new OrganizationRegistered(id, r.kind(), r.name().trim(), creditCode, r.regionCode(),
                sectorCodes));
        return find(id).orElseThrow();
    }

    /** Changes the given fields (null: unchanged) if {@code version} is still current. */
    @Transactional
    public OrganizationSummary update(UUID id, OrganizationChange change) {
        requireAdministrator();
        OrganizationSummary current = find(id).orElseThrow(() -> ApiException.notFound("Organization " + id));
        Validation v = new Validation();
        v.require(change.version() != null, "version", "validation.required", "is required");
        String name = change.name() != null ? change.name() : current.name();
        v.requireText(name, "name", 200);
        String nameEn = change.nameEn() != null ? Validation.blankToNull(change.nameEn()) : current.nameEn();
        v.optionalText(nameEn, "nameEn", 200);
        String creditCode = change.creditCode() != null ? change.creditCode().trim().toUpperCase() : current.creditCode();
        checkCreditCode(v, creditCode, id);
        String region = change.regionCode() != null ? change.regionCode() : current.regionCode();
        checkRegion(v, region);
        List<String> sectorCodes = change.sectors() != null ? checkSectors(v, current.kind(), change.sectors())
                : current.sectors();
        String province = change.jurisdictionProvince() != null
                ? checkProvince(v, current.kind(), change.jurisdictionProvince()) : current.jurisdictionProvince();
        v.throwIfInvalid();
        if (change.version() != current.version()) {
            throw ApiException.staleVersion("Organization " + id, current.version());
        }
        if (!organizations.update(id, change.version(), name.trim(), nameEn, creditCode, region, province, sectorCodes,
                clock.instant())) {
            throw ApiException.staleVersion("Organization " + id, find(id).map(OrganizationSummary::version).orElse(0));
        }
        Changes changes = new Changes()
                .field("name", current.name(), name.trim())
                .field("nameEn", current.nameEn(), nameEn)
                .field("creditCode", current.creditCode(), creditCode)
                .field("regionCode", current.regionCode(), region)
                .field("jurisdictionProvince", current.jurisdictionProvince(), province)
                .field("sectors", current.sectors(), sectorCodes);
        events.publishEvent(new OrganizationChanged(id, changes.asMap()));
        return find(id).orElseThrow();
    }

    /** The editable fields of an organization, with the version the client read. */
    public record OrganizationChange(String name, String nameEn, String creditCode, String regionCode,
            String jurisdictionProvince, List<String> sectors, Integer version) {
    }

    private static void requireAdministrator() {
        Actors.requirePlatformAdministrator("Only the platform administrator registers and edits organizations.");
    }

    private void checkCreditCode(Validation v, String code, UUID self) {
        if (Validation.isBlank(code)) {
            v.add("creditCode", "validation.required", "is required");
        } else if (!UnifiedSocialCreditCode.isValid(code)) {
            v.add("creditCode", "validation.creditCode",
                    "is not a valid unified social credit code (18 characters, GB 32100-2015 check character)");
        } else {
            findByCreditCode(code).filter(o -> !o.id().equals(self)).ifPresent(o -> v.add("creditCode",
                    "validation.creditCodeTaken", "is already registered"));
        }
    }

    private static void checkRegion(Validation v, String region) {
        if (Validation.isBlank(region)) {
            v.add("regionCode", "validation.required", "is required");
        } else if (!RegionCode.isValid(region)) {
            v.add("regionCode", "validation.regionCode", "must be a 6-digit administrative division code");
        }
    }

    private List<String> checkSectors(Validation v, OrganizationKind kind, List<String> given) {
        List<String> codes = given == null ? List.of() : given.stream().filter(Objects::nonNull).map(String::trim)
                .distinct().toList();
        for (int i = 0; i < codes.size(); i++) {
            if (sectors.find(codes.get(i)).isEmpty()) {
                v.add("sectors[" + i + "]", "validation.unknownSector", "is not a sector of Art. 2");
            }
        }
        boolean needsSectors = kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT;
        if (needsSectors && codes.isEmpty()) {
            v.add("sectors", "validation.sectorsRequired", "an operator or protection department needs at least one sector");
        }
        return codes;
    }

    private static String checkProvince(Validation v, OrganizationKind kind, String province) {
        String value = Validation.blankToNull(province);
        if (value == null) {
            return null;
        }
        if (kind != OrganizationKind.PROTECTION_DEPARTMENT) {
            v.add("jurisdictionProvince", "validation.provinceOnlyForDepartments",
                    "applies to protection departments only");
        } else if (!RegionCode.isProvince(value)) {
            v.add("jurisdictionProvince", "validation.province", "must be a two-digit province code");
        }
        return value;
    }

}
