package org.ciip.obligations.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over {@code asset_measure}: the measures signed off at each stage of a CII asset's life
 * (Art. 12). Asset names come from the registry's view.
 */
@Repository
class AssetMeasures {

    private static final String SELECT =
            "select m.*, a.name as asset_name from asset_measure m join registry_asset a on a.id = m.asset_id";

    private final JdbcClient jdbc;

    AssetMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID operatorId, UUID assetId, RecordsService.MeasureRequest r, Instant now, String by) {
        jdbc.sql("""
                insert into asset_measure (id, operator_id, asset_id, stage, measures, signed_off_on, signed_off_by,
                    recorded_at, recorded_by)
                values (:id, :op, :asset, :stage, :measures, :on, :signer, :now, :by)""")
                .param("id", id).param("op", operatorId).param("asset", assetId).param("stage", r.stage())
                .param("measures", r.measures().trim()).param("on", r.signedOffOn())
                .param("signer", r.signedOffBy().trim()).param("now", Timestamp.from(now)).param("by", by).update();
    }

    RecordsService.MeasureView find(UUID id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(AssetMeasures::map).single();
    }

    List<RecordsService.MeasureView> list(UUID operatorId) {
        return jdbc.sql(SELECT + " where m.operator_id = :op order by a.name, m.stage, m.signed_off_on desc")
                .param("op", operatorId).query(AssetMeasures::map).list();
    }

    private static RecordsService.MeasureView map(ResultSet rs, int row) throws SQLException {
        return new RecordsService.MeasureView(UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("asset_id")), rs.getString("asset_name"), rs.getString("stage"),
                rs.getString("measures"), rs.getObject("signed_off_on", LocalDate.class),
                rs.getString("signed_off_by"));
    }
}
