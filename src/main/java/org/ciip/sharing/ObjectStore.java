package org.ciip.sharing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over the objects of collections ({@code sharing_object}) and the status of adds
 * ({@code sharing_add_status}). Every read goes through {@link #visible}: what the reader's tier and the object's TLP
 * marking allow, and nothing else.
 */
@Repository
class ObjectStore {

    private static final String COLUMNS = """
            select o.seq, o.stix_id, o.stix_type, o.version, o.date_added, o.tlp, o.spec_version, o.added_by_org,
                ro.name as added_by_name, o.body::text as json
            from sharing_object o left join registry_organization ro on ro.id = o.added_by_org""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ObjectStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Who reads: the organization, the person, and the tier the organization has in the collection (which
     * {@code runBy} runs under {@code collectionTitle}).
     */
    record Reader(UUID collectionId, UUID organizationId, UUID accountId, MemberTier tier, boolean canWrite,
            UUID runBy, String collectionTitle) {
    }

    /** TLP 2.0 on every read path: the levels the tier reads, and the named levels only to their recipients. */
    static SqlPredicate visible(Reader reader) {
        Map<String, Object> params = new HashMap<>();
        params.put("readerTier", reader.tier().name());
        params.put("readerOrg", reader.organizationId());
        params.put("readerAccount", reader.accountId() == null ? new UUID(0, 0) : reader.accountId());
        return new SqlPredicate("""
                (o.tlp = 'CLEAR' or (o.tlp = 'GREEN' and :readerTier in ('MEMBER', 'PARTNER'))
                 or (o.tlp = 'AMBER' and :readerTier = 'MEMBER')
                 or (o.tlp = 'AMBER_STRICT' and (o.added_by_org = :readerOrg or :readerOrg = any (o.recipient_orgs)))
                 or (o.tlp = 'RED' and (o.added_by_account = :readerAccount
                     or :readerAccount = any (o.recipient_accounts))))""", params);
    }

    /** A version to store. */
    record NewVersion(String stixId, String type, Instant version, String specVersion, Tlp tlp, UUID[] recipientOrgs,
            UUID[] recipientAccounts, String sourceRef, String targetRef, String search, String json) {
    }

    /** The organization that first added each of these objects to the collection. */
    Map<String, UUID> owners(UUID collection, Collection<String> ids) {
        Map<String, UUID> owners = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select stix_id, added_by_org from sharing_object where collection_id = :c and stix_id in (:ids)"
                    + " and first").param("c", collection).param("ids", ids)
                    .query((ResultSet rs) -> {
                        owners.put(rs.getString(1), Rows.uuid(rs, "added_by_org"));
                    });
        }
        return owners;
    }

    /**
     * Stores the versions in one batch; an object seen for the first time, once in the batch, is its own first and
     * latest version; for the others ({@code known} objects, or several versions in the batch) the first and latest
     * version are marked again afterwards. Answers, per version, whether it was new (a version already stored is left
     * as it was).
     */
    boolean[] insert(UUID collection, Instant dateAdded, UUID organization, UUID account, List<NewVersion> versions,
            java.util.Set<String> known) {
        Map<String, Integer> inBatch = new HashMap<>();
        versions.forEach(v -> inBatch.merge(v.stixId(), 1, Integer::sum));
        java.util.Set<String> relabel = new java.util.HashSet<>(known);
        inBatch.forEach((id, n) -> {
            if (n > 1) {
                relabel.add(id);
            }
        });
        int[][] counts = template.batchUpdate("""
                insert into sharing_object (collection_id, stix_id, stix_type, version, spec_version, date_added, tlp,
                    added_by_org, added_by_account, recipient_orgs, recipient_accounts, latest, first, source_ref,
                    target_ref, search, body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json)
                on conflict (collection_id, stix_id, version) do nothing""", versions, 500,
                (PreparedStatement ps, NewVersion v) -> {
                    ps.setObject(1, collection);
                    ps.setString(2, v.stixId());
                    ps.setString(3, v.type());
                    ps.setTimestamp(4, Timestamp.from(v.version()));
                    ps.setString(5, v.specVersion());
                    ps.setTimestamp(6, Timestamp.from(dateAdded));
                    ps.setString(7, v.tlp().name());
                    ps.setObject(8, organization);
                    ps.setObject(9, account);
                    ps.setArray(10, ps.getConnection().createArrayOf("uuid", v.recipientOrgs()));
                    ps.setArray(11, ps.getConnection().createArrayOf("uuid", v.recipientAccounts()));
                    boolean alone = !relabel.contains(v.stixId());
                    ps.setBoolean(12, alone);
                    ps.setBoolean(13, alone);
                    ps.setString(14, v.sourceRef());
                    ps.setString(15, v.targetRef());
                    ps.setString(16, v.search());
                    ps.setString(17, v.json());
                });
        boolean[] inserted = new boolean[versions.size()];
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                inserted[i++] = count != 0;
            }
        }
        if (!relabel.isEmpty()) {
            jdbc.sql("""
                    update sharing_object o set latest = (o.version = m.latest), first = (o.version = m.first)
                    from (select stix_id, max(version) as latest, min(version) as first from sharing_object
                          where collection_id = :c and stix_id in (:ids) group by stix_id) m
                    where o.collection_id = :c and o.stix_id = m.stix_id
                      and (o.latest <> (o.version = m.latest) or o.first <> (o.version = m.first))""")
                    .param("c", collection).param("ids", List.copyOf(relabel)).update();
        }
        return inserted;
    }

    /** A page of the objects the reader may see, by the query's filters, oldest added first unless it asks otherwise. */
    ObjectPage page(Reader reader, ObjectQuery query) {
        Where where = Where.within(visible(reader)).equal("o.collection_id", "collection", reader.collectionId())
                .when(timestamp(query.addedAfter()), "o.date_added > :addedAfter", "addedAfter")
                .when(timestamp(query.addedBefore()), "o.date_added < :addedBefore", "addedBefore")
                .when(query.ids(), "o.stix_id in (:ids)", "ids")
                .when(query.types(), "o.stix_type in (:types)", "types")
                .when(query.specVersions(), "o.spec_version in (:specVersions)", "specVersions")
                .equal("o.tlp", "tlp", query.tlp())
                .when(query.text() == null || query.text().isBlank() ? null : Where.containing(query.text().strip()),
                        "o.search ilike :text", "text")
                .and(versions(query.versions()))
                .when(cursor(query.next()), query.newestFirst() ? "o.seq < :cursor" : "o.seq > :cursor", "cursor");
        int size = query.pageSize();
        List<SharedObject> rows = jdbc.sql(COLUMNS + " where " + where.sql() + " order by o.seq "
                + (query.newestFirst() ? "desc" : "asc") + " limit " + (size + 1)).params(where.params())
                .query(ObjectStore::object).list();
        boolean more = rows.size() > size;
        List<SharedObject> page = more ? rows.subList(0, size) : rows;
        return new ObjectPage(List.copyOf(page), more, more ? Long.toString(page.get(size - 1).seq()) : null);
    }

    /** The relationships and sightings the reader may see that start or end at an object. */
    List<SharedObject> relationshipsOf(Reader reader, String stixId) {
        Where where = Where.within(visible(reader)).equal("o.collection_id", "collection", reader.collectionId())
                .param("stixId", stixId).when(true, "o.latest")
                .when(true, "(o.source_ref = :stixId or o.target_ref = :stixId)");
        return jdbc.sql(COLUMNS + " where " + where.sql() + " order by o.seq limit 200").params(where.params())
                .query(ObjectStore::object).list();
    }

    /** The latest versions the reader may see of these objects (the ends of an object's relationships). */
    List<SharedObject> latest(Reader reader, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Where where = Where.within(visible(reader)).equal("o.collection_id", "collection", reader.collectionId())
                .when(ids, "o.stix_id in (:ids)", "ids").when(true, "o.latest");
        return jdbc.sql(COLUMNS + " where " + where.sql() + " order by o.seq").params(where.params())
                .query(ObjectStore::object).list();
    }

    void saveStatus(AddStatus status, UUID organization, UUID account, String successes, String failures) {
        jdbc.sql("""
                insert into sharing_add_status (id, collection_id, organization_id, account_id, requested_at,
                    completed_at, total_count, success_count, failure_count, successes, failures)
                values (:id, :c, :org, :account, :requested, :completed, :total, :success, :failure,
                    :successes::jsonb, :failures::jsonb)""")
                .param("id", status.id()).param("c", status.collectionId()).param("org", organization)
                .param("account", account).param("requested", Timestamp.from(status.requestedAt()))
                .param("completed", Timestamp.from(status.completedAt())).param("total", status.totalCount())
                .param("success", status.successCount()).param("failure", status.failureCount())
                .param("successes", successes).param("failures", failures).update();
    }

    /** A status row: the add's counts, and its outcomes as JSON text. */
    record StatusRow(UUID id, UUID collectionId, Instant requestedAt, Instant completedAt, int total, int success,
            int failure, String successes, String failures) {
    }

    /** The status of an add made by the organization; another organization's answers nothing. */
    java.util.Optional<StatusRow> status(UUID id, UUID organization) {
        return jdbc.sql("""
                select id, collection_id, requested_at, completed_at, total_count, success_count, failure_count,
                    successes::text, failures::text
                from sharing_add_status where id = :id and organization_id = :org""")
                .param("id", id).param("org", organization)
                .query((rs, n) -> new StatusRow(Rows.uuid(rs, "id"), Rows.uuid(rs, "collection_id"),
                        Rows.instant(rs, "requested_at"), Rows.instant(rs, "completed_at"), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9)))
                .optional();
    }

    /** {@code last} (the latest version), {@code first}, {@code all}, or versions by timestamp: any of them. */
    private static SqlPredicate versions(List<String> versions) {
        List<String> alternatives = new ArrayList<>();
        List<Timestamp> at = new ArrayList<>();
        for (String version : versions) {
            switch (version) {
                case "all" -> {
                    return SqlPredicate.ALL;
                }
                case "last" -> alternatives.add("o.latest");
                case "first" -> alternatives.add("o.first");
                default -> at.add(Timestamp.from(Instant.parse(version)));
            }
        }
        if (!at.isEmpty()) {
            alternatives.add("o.version in (:versionsAt)");
        }
        return new SqlPredicate("(" + String.join(" or ", alternatives) + ")",
                at.isEmpty() ? Map.of() : Map.of("versionsAt", at));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Long cursor(String next) {
        if (next == null || next.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(next);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("next", "is not a token this server gave");
        }
    }

    private static SharedObject object(ResultSet rs, int n) throws SQLException {
        return new SharedObject(rs.getLong("seq"), rs.getString("stix_id"), rs.getString("stix_type"),
                Rows.instant(rs, "version"), Rows.instant(rs, "date_added"), Tlp.valueOf(rs.getString("tlp")),
                rs.getString("spec_version"), Rows.uuid(rs, "added_by_org"), rs.getString("added_by_name"),
                rs.getString("json"));
    }
}
