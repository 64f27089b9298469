package org.ciip.identity.sso;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.ciip.shared.Role;
import org.ciip.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over {@code sso_group_role}, and nothing else. */
@Repository
class StoredGroupRoles {

    private final JdbcClient jdbc;

    StoredGroupRoles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a mapping; false when the same group, organization and role is mapped already. */
    boolean insert(UUID id, String group, UUID organizationId, Role role, String mappedBy, Instant at) {
        return jdbc.sql("""
                insert into sso_group_role (id, group_name, organization_id, role, mapped_by, mapped_at)
                values (:id, :group, :organization, :role, :by, :at)
                on conflict (group_name, organization_id, role) do nothing""")
                .param("id", id).param("group", group).param("organization", organizationId)
                .param("role", role.name()).param("by", mappedBy).param("at", java.sql.Timestamp.from(at))
                .update() == 1;
    }

    /** Deletes a mapping; answers it as it was, or nothing when there was none. */
    java.util.Optional<GroupRoleMappings.Mapping> delete(UUID id) {
        return jdbc.sql("delete from sso_group_role where id = :id returning *").param("id", id)
                .query(StoredGroupRoles::map).optional();
    }

    List<GroupRoleMappings.Mapping> all() {
        return jdbc.sql("select * from sso_group_role order by group_name, role").query(StoredGroupRoles::map).list();
    }

    /** The roles the groups give in one organization. */
    List<Role> roles(UUID organizationId, Collection<String> groups) {
        return jdbc.sql("select distinct role from sso_group_role where organization_id = :organization "
                        + "and group_name = any (:groups)")
                .param("organization", organizationId).param("groups", groups.toArray(String[]::new))
                .query((rs, n) -> Role.valueOf(rs.getString("role"))).list();
    }

    private static GroupRoleMappings.Mapping map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new GroupRoleMappings.Mapping(UUID.fromString(rs.getString("id")), rs.getString("group_name"),
                UUID.fromString(rs.getString("organization_id")), Role.valueOf(rs.getString("role")),
                rs.getString("mapped_by"), Rows.instant(rs, "mapped_at"));
    }
}
