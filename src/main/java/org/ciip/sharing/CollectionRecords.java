package org.ciip.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over collections ({@code sharing_collection}) and their members ({@code sharing_membership}); who
 * reads a collection, and as what, comes from the {@code sharing_reader} view, one row per way an organization belongs.
 */
@Repository
class CollectionRecords {

    private static final String TIERS = """
            select collection_id, (array['MEMBER', 'PARTNER', 'GUEST'])[min(case tier when 'MEMBER' then 1
                when 'PARTNER' then 2 else 3 end)] as tier, bool_or(can_write) as can_write
            from sharing_reader where organization_id = :org""";
    private static final String VIEW = """
            select c.id, c.title, c.title_en, c.description, c.sector, c.run_by, o.name as run_by_name, r.tier,
                r.can_write, c.objects_added, c.created_at
            from sharing_collection c join (""" + TIERS + """
             group by collection_id) r on r.collection_id = c.id
            left join registry_organization o on o.id = c.run_by""";

    private final JdbcClient jdbc;

    CollectionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The collections an organization reads, the national one first, then by sector. */
    List<CollectionView> readable(UUID organization) {
        return jdbc.sql(VIEW + " order by c.sector nulls first, c.title").param("org", organization)
                .query(CollectionRecords::view).list();
    }

    /** A collection as the organization reads it; empty when it does not. */
    Optional<CollectionView> find(UUID collection, UUID organization) {
        return jdbc.sql(VIEW + " where c.id = :id").param("org", organization).param("id", collection)
                .query(CollectionRecords::view).optional();
    }

    /** Opens a collection; false when its runner already runs one of that scope. */
    boolean insert(UUID id, UUID runBy, String sector, String title, String titleEn, String description, Instant at,
            String by) {
        return jdbc.sql("""
                insert into sharing_collection (id, run_by, sector, title, title_en, description, created_at,
                    created_by)
                values (:id, :runBy, :sector, :title, :titleEn, :description, :at, :by) on conflict do nothing""")
                .param("id", id).param("runBy", runBy).param("sector", sector).param("title", title)
                .param("titleEn", titleEn).param("description", description).param("at", Timestamp.from(at))
                .param("by", by).update() == 1;
    }

    void admit(UUID collection, UUID organization, MemberTier tier, boolean canWrite, Instant at, String by) {
        jdbc.sql("""
                insert into sharing_membership (collection_id, organization_id, tier, can_write, admitted_at,
                    admitted_by)
                values (:c, :org, :tier, :write, :at, :by)
                on conflict (collection_id, organization_id) do update set tier = excluded.tier,
                    can_write = excluded.can_write, admitted_at = excluded.admitted_at, admitted_by = excluded.admitted_by""")
                .param("c", collection).param("org", organization).param("tier", tier.name())
                .param("write", canWrite).param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** An organization admitted by name, beyond the collection's scope. */
    record Member(UUID organizationId, String name, String kind, MemberTier tier, boolean canWrite,
            Instant admittedAt, String admittedBy) {
    }

    List<Member> members(UUID collection) {
        return jdbc.sql("""
                select m.organization_id, o.name, o.kind, m.tier, m.can_write, m.admitted_at, m.admitted_by
                from sharing_membership m join registry_organization o on o.id = m.organization_id
                where m.collection_id = :c order by o.name""").param("c", collection)
                .query((rs, n) -> new Member(Rows.uuid(rs, "organization_id"), rs.getString("name"),
                        rs.getString("kind"), MemberTier.valueOf(rs.getString("tier")), rs.getBoolean("can_write"),
                        Rows.instant(rs, "admitted_at"), rs.getString("admitted_by")))
                .list();
    }

    /**
     * Locks the collection for an add, so that adds to it are serialized and their objects are numbered in the order
     * they commit; answers the date the add's objects are added at: {@code now}, or just after the previous add's.
     */
    Instant lockForAdd(UUID collection, Instant now) {
        return jdbc.sql("""
                update sharing_collection set last_added = greatest(:now, last_added + interval '1 microsecond')
                where id = :c returning last_added""").param("c", collection).param("now", Timestamp.from(now))
                .query(Timestamp.class).single().toInstant();
    }

    void counted(UUID collection, int added) {
        jdbc.sql("update sharing_collection set objects_added = objects_added + :n where id = :c")
                .param("n", added).param("c", collection).update();
    }

    /** Organizations by id, among those named as recipients: id to kind. */
    java.util.Map<UUID, String> organizations(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, kind from registry_organization where id in (:ids)").param("ids", ids)
                    .query((ResultSet rs) -> {
                        found.put(Rows.uuid(rs, "id"), rs.getString("kind"));
                    });
        }
        return found;
    }

    /** People by id, among those named as recipients: id to their organization. */
    java.util.Map<UUID, UUID> people(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, UUID> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, organization_id from identity_person where id in (:ids) and enabled")
                    .param("ids", ids).query((ResultSet rs) -> {
                        found.put(Rows.uuid(rs, "id"), Rows.uuid(rs, "organization_id"));
                    });
        }
        return found;
    }

    /** The people of the organizations reading a collection as members, for naming TLP:RED recipients. */
    record Person(UUID id, String displayName, String organization) {
    }

    List<Person> peopleOfMembers(UUID collection) {
        return jdbc.sql("""
                select p.id, p.display_name, o.name from identity_person p
                join registry_organization o on o.id = p.organization_id
                where p.enabled and p.organization_id in (select organization_id from sharing_reader
                    where collection_id = :c and tier = 'MEMBER')
                order by o.name, p.display_name limit 500""").param("c", collection)
                .query((rs, n) -> new Person(Rows.uuid(rs, "id"), rs.getString(2), rs.getString(3))).list();
    }

    /** The organizations reading a collection as members, for naming TLP:AMBER+STRICT recipients. */
    List<Person> memberOrganizations(UUID collection) {
        return jdbc.sql("""
                select distinct o.id, o.name, o.kind from registry_organization o
                join sharing_reader r on r.organization_id = o.id and r.collection_id = :c and r.tier = 'MEMBER'
                order by o.name limit 500""").param("c", collection)
                .query((rs, n) -> new Person(Rows.uuid(rs, "id"), rs.getString(2), rs.getString(3))).list();
    }

    private static CollectionView view(ResultSet rs, int n) throws SQLException {
        return new CollectionView(Rows.uuid(rs, "id"), rs.getString("title"), rs.getString("title_en"),
                rs.getString("description"), rs.getString("sector"), Rows.uuid(rs, "run_by"),
                rs.getString("run_by_name"), MemberTier.valueOf(rs.getString("tier")), rs.getBoolean("can_write"),
                rs.getLong("objects_added"), Rows.instant(rs, "created_at"));
    }
}
