package org.ciip.audit.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.Where;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over the index of protected reads ({@code protected_read}). */
@Repository
class AccessReads {

    private static final String SELECT = """
            select r.*, ro.name as reader_org_name, ro.name_en as reader_org_name_en, op.name as operator_name,
                op.name_en as operator_name_en from protected_read r
            join registry_organization ro on ro.id = r.reader_org_id
            join registry_organization op on op.id = r.operator_id""";

    private final JdbcClient jdbc;

    AccessReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One read of protected records, as the access pages show it. */
    record Read(Instant readAt, String reader, UUID readerOrgId, String readerOrgName, String readerOrgNameEn,
            UUID operatorId, String operatorName, String operatorNameEn, String recordType, String recordId, String what, String purposeKind,
            String purposeRef, String purposeCode, String purposeNote) {
    }

    /** A reader's reads without a case behind them. */
    record Reader(UUID readerOrgId, String readerOrgName, String readerOrgNameEn, String reader, long reads,
            long operators, Instant lastReadAt) {
    }

    /** Reads of the operator's records, or (operator null) of all operators; only stated purposes when asked. */
    PageResult<Read> page(UUID operatorId, boolean withoutCase, UUID readerOrgId, PageQuery page) {
        Where where = Where.within(SqlPredicate.ALL).equal("r.operator_id", "operator", operatorId)
                .equal("r.reader_org_id", "readerOrg", readerOrgId).when(withoutCase, "r.purpose_kind = 'STATED'");
        long total = jdbc.sql("select count(*) from protected_read r where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Read> items = jdbc.sql(SELECT + " where " + where.sql()
                        + " order by r.read_at desc, r.id desc limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> map(rs)).list();
        return PageResult.of(items, page, total);
    }

    /** Readers with reads that had no case behind them, most reads first. */
    PageResult<Reader> readersWithoutCase(PageQuery page) {
        long total = jdbc.sql("select count(*) from (select distinct reader_org_id, reader from protected_read "
                + "where purpose_kind = 'STATED') d").query(Long.class).single();
        List<Reader> items = jdbc.sql("""
                select r.reader_org_id, o.name, o.name_en, r.reader, count(*) as reads,
                    count(distinct r.operator_id) as operators, max(r.read_at) as last_read_at
                from protected_read r join registry_organization o on o.id = r.reader_org_id
                where r.purpose_kind = 'STATED'
                group by r.reader_org_id, o.name, o.name_en, r.reader
                order by reads desc, last_read_at desc limit :limit offset :offset""")
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Reader(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getLong(6), Rows.instant(rs, "last_read_at")))
                .list();
        return PageResult.of(items, page, total);
    }

    private static Read map(ResultSet rs) throws SQLException {
        return new Read(Rows.instant(rs, "read_at"), rs.getString("reader"), Rows.uuid(rs, "reader_org_id"),
                rs.getString("reader_org_name"), rs.getString("reader_org_name_en"), Rows.uuid(rs, "operator_id"),
                rs.getString("operator_name"), rs.getString("operator_name_en"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("what"),
                rs.getString("purpose_kind"), rs.getString("purpose_ref"), rs.getString("purpose_code"),
                rs.getString("purpose_note"));
    }
}
