package org.ciip.identity.sso;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actors;
import org.ciip.shared.Role;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity provider's groups mapped to CIIP roles (single sign-on, issue 21). The platform administrator maps a
 * group of the issuer to a role in one organization; a person the issuer signs in, linked to an account of that
 * organization, holds the role for that sign-in while the issuer lists them in the group. Only roles that do not approve
 * can be mapped: an approving role (principal, security officer) is given in CIIP with the organization confirming it
 * (DESIGN.md §3), never by a group.
 */
@Service
public class GroupRoleMappings {

    /** The roles a group can give. */
    public static final Set<Role> MAPPABLE = EnumSet.of(Role.STAFF, Role.VIEWER);

    private final StoredGroupRoles stored;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Clock clock;

    GroupRoleMappings(StoredGroupRoles stored, Organizations organizations, AuditTrail audit, Clock clock) {
        this.stored = stored;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Maps a group to a role in an organization; each field at fault is named, a mapping made twice is a 409. */
    @Transactional
    public UUID map(String group, UUID organizationId, String role) {
        Actors.requirePlatformAdministrator("Only the platform administrator maps the issuer's groups to roles.");
        String name = group == null ? "" : group.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (name.isEmpty() || name.length() > 200 || name.indexOf('\0') >= 0) {
            problems.add(new FieldProblem("group", "must be the group's name as the issuer sends it, 1 to 200 "
                    + "characters", null, "sso.groupInvalid", List.of()));
        }
        if (organizationId == null || organizations.find(organizationId).isEmpty()) {
            problems.add(new FieldProblem("organizationId", "must be an organization of CIIP", null,
                    "sso.organizationInvalid", List.of()));
        }
        Role mapped = MAPPABLE.stream().filter(r -> r.name().equals(role)).findFirst().orElse(null);
        if (mapped == null) {
            problems.add(new FieldProblem("role", "must be STAFF or VIEWER: an approving role is given in CIIP and "
                    + "confirmed by the organization (DESIGN.md §3)", null, "sso.roleInvalid", List.of()));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        if (!stored.insert(id, name, organizationId, mapped, Actors.current().username(), now)) {
            throw ApiException.conflict("This group is mapped to this role in this organization already.");
        }
        audit.record("SSO_GROUP_MAPPED", "Organization", organizationId, Map.of("group", name, "role",
                mapped.name()));
        return id;
    }

    /** Removes a mapping: the next sign-in of the group's members no longer gives the role. */
    @Transactional
    public void unmap(UUID id) {
        Actors.requirePlatformAdministrator("Only the platform administrator maps the issuer's groups to roles.");
        Mapping removed = stored.delete(id).orElseThrow(() -> ApiException.notFound("group mapping"));
        audit.record("SSO_GROUP_UNMAPPED", "Organization", removed.organizationId(), Map.of("group",
                removed.group(), "role", removed.role().name()));
    }

    public List<Mapping> all() {
        Actors.requirePlatformAdministrator("Only the platform administrator maps the issuer's groups to roles.");
        return stored.all();
    }

    /** The roles the issuer's groups of a person give in their organization (none when no group is mapped). */
    public Set<Role> rolesFor(UUID organizationId, Collection<String> groups) {
        if (groups.isEmpty()) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(stored.roles(organizationId, groups));
        return roles;
    }

    /** A group of the issuer mapped to a role in an organization, by whom and when. */
    public record Mapping(UUID id, String group, UUID organizationId, Role role, String mappedBy, Instant mappedAt) {
    }
}
