package org.ciip.supervision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Where;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over an asset's software inventory ({@code asset_component}), and nothing else. */
@Repository
class Components {

    private static final String COLUMNS = "c.id, c.name, c.version, c.vendor, c.purl, c.cpe, c.source, c.location";

    private final JdbcClient jdbc;

    Components(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the asset's inventory with {@code components}: one DELETE and one INSERT of all rows (arrays unnested),
     * in the caller's transaction, so a failed upload leaves the old inventory whole.
     */
    void replace(UUID assetId, UUID operatorId, List<NewComponent> components) {
        jdbc.sql("delete from asset_component where asset_id = :asset").param("asset", assetId).update();
        if (components.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into asset_component (asset_id, operator_id, name, version, vendor, purl, purl_type,
                    purl_namespace, purl_name, cpe, cpe_vendor, cpe_product, source, location)
                select :asset, :operator, t.* from unnest(cast(:names as varchar[]), cast(:versions as varchar[]),
                    cast(:vendors as varchar[]), cast(:purls as varchar[]), cast(:types as varchar[]),
                    cast(:namespaces as varchar[]), cast(:purlNames as varchar[]), cast(:cpes as varchar[]),
                    cast(:cpeVendors as varchar[]), cast(:cpeProducts as varchar[]), cast(:sources as varchar[]),
                    cast(:locations as varchar[])) as t""")
                .param("asset", assetId).param("operator", operatorId)
                .param("names", column(components, NewComponent::name))
                .param("versions", column(components, NewComponent::version))
                .param("vendors", column(components, NewComponent::vendor))
                .param("purls", column(components, NewComponent::purl))
                .param("types", column(components, c -> c.purlId() == null ? null : c.purlId().purlType()))
                .param("namespaces", column(components, c -> c.purlId() == null ? null : c.purlId().purlNamespace()))
                .param("purlNames", column(components, c -> c.purlId() == null ? null : c.purlId().purlName()))
                .param("cpes", column(components, NewComponent::cpe))
                .param("cpeVendors", column(components, c -> c.cpeId() == null ? null : c.cpeId().cpeVendor()))
                .param("cpeProducts", column(components, c -> c.cpeId() == null ? null : c.cpeId().cpeProduct()))
                .param("sources", column(components, NewComponent::source))
                .param("locations", column(components, NewComponent::location))
                .update();
    }

    private static String[] column(List<NewComponent> components,
            java.util.function.Function<NewComponent, String> part) {
        return components.stream().map(part).toArray(String[]::new);
    }

    long insert(UUID assetId, UUID operatorId, NewComponent c) {
        return jdbc.sql("""
                insert into asset_component (asset_id, operator_id, name, version, vendor, purl, purl_type,
                    purl_namespace, purl_name, cpe, cpe_vendor, cpe_product, source, location)
                values (:asset, :operator, :name, :version, :vendor, :purl, :type, :namespace, :purlName, :cpe,
                    :cpeVendor, :cpeProduct, 'MANUAL', null)
                returning id""")
                .param("asset", assetId).param("operator", operatorId).param("name", c.name())
                .param("version", c.version()).param("vendor", c.vendor()).param("purl", c.purl())
                .param("type", c.purlId() == null ? null : c.purlId().purlType())
                .param("namespace", c.purlId() == null ? null : c.purlId().purlNamespace())
                .param("purlName", c.purlId() == null ? null : c.purlId().purlName())
                .param("cpe", c.cpe()).param("cpeVendor", c.cpeId() == null ? null : c.cpeId().cpeVendor())
                .param("cpeProduct", c.cpeId() == null ? null : c.cpeId().cpeProduct())
                .query(Long.class).single();
    }

    /** Removes one component of the asset; the component as it was, if there was one. */
    Optional<InventoryComponent> delete(UUID assetId, long componentId) {
        return jdbc.sql("delete from asset_component c where c.asset_id = :asset and c.id = :id returning " + COLUMNS)
                .param("asset", assetId).param("id", componentId).query(InventoryComponent.class).optional();
    }

    Optional<InventoryComponent> find(UUID assetId, long componentId) {
        return jdbc.sql("select " + COLUMNS + " from asset_component c where c.asset_id = :asset and c.id = :id")
                .param("asset", assetId).param("id", componentId).query(InventoryComponent.class).optional();
    }

    int count(UUID assetId) {
        return jdbc.sql("select count(*) from asset_component where asset_id = :asset").param("asset", assetId)
                .query(Integer.class).single();
    }

    /** A page of the asset's components in the order they were listed; {@code text} searches name and package URL. */
    PageResult<InventoryComponent> page(UUID assetId, String text, PageQuery page) {
        Where where = Where.within(SqlPredicate.ALL).equal("c.asset_id", "asset", assetId)
                .when(text == null ? null : "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%", "(lower(c.name) like :q or lower(c.purl) like :q)", "q");
        long total = jdbc.sql("select count(*) from asset_component c where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<InventoryComponent> items = jdbc.sql("select " + COLUMNS + " from asset_component c where " + where.sql()
                        + " order by c.id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(InventoryComponent.class).list();
        return PageResult.of(items, page, total);
    }
}
