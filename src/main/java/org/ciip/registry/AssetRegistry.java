package org.ciip.registry;

import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;

/** Assets, for other modules: the same rules and jurisdiction as the API. */
public interface AssetRegistry {

    /** Registers an asset as the current actor. */
    UUID register(NewAsset asset);

    /** An asset within the actor's jurisdiction; 404 otherwise. */
    AssetSummary visible(Actor actor, UUID assetId);

    /**
     * These assets (nulls skipped), in the order given and each once, in one look-up; 404 naming the first the actor
     * may not see.
     */
    java.util.List<AssetSummary> visible(Actor actor, java.util.Collection<UUID> assetIds);

    /** The candidate assets in the actor's jurisdiction that no one has identified yet, oldest first. */
    PageResult<AssetSummary> candidates(Actor actor, PageQuery page);

    /**
     * The candidates whose name or core business contains {@code q}, of a sector, of operators in a province (its
     * two-digit code); each filter skipped when null or blank. A province that is no two-digit code is a 400.
     */
    PageResult<AssetSummary> candidates(Actor actor, String q, String sector, String province, PageQuery page);

    /** The assets in the actor's jurisdiction with a CII status, by name. */
    PageResult<AssetSummary> withStatus(Actor actor, String ciiStatus, PageQuery page);

    /** Sets the CII status as the outcome of an identification or re-certification (Art. 10, 11): the only way the
     * status changes. Audited with the basis given. */
    void setCiiStatus(UUID assetId, String ciiStatus, String basis);

    /**
     * The CII assets of the operator with this unified social credit code among {@code names} (compared without
     * case). Not filtered by jurisdiction: a testing request (Art. 31) names the systems of an operator its requester
     * cannot browse; the caller reveals no more than whether each name matched.
     */
    java.util.List<CiiAsset> ciiAssetsNamed(String creditCode, java.util.Collection<String> names);

    /** A CII asset as a testing request needs it: its operator, sector and whether it is basic telecom network. */
    record CiiAsset(UUID id, UUID operatorId, String operatorName, String operatorRegionCode, String name,
            String sector, boolean basicTelecomNetwork) {
    }

    record NewAsset(String name, String kind, String sector, int mlpsLevel, String coreBusiness) {
    }

    record AssetSummary(UUID id, UUID operatorId, String operatorName, String operatorRegionCode, String name,
            String kind, String sector, int mlpsLevel, String coreBusiness, String ciiStatus) {
    }
}
