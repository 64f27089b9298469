package org.ciip.registry;

import java.util.UUID;

/** Registering assets, for other modules: acts as the current actor, with the same rules as the API. */
public interface AssetRegistry {

    UUID register(NewAsset asset);

    record NewAsset(String name, String kind, String sector, int mlpsLevel, String coreBusiness) {
    }
}
