package org.ciip.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.ciip.identity.Accounts;
import org.ciip.registry.AssetRegistry;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.supervision.SoftwareInventory;
import org.springframework.stereotype.Component;

/**
 * The demo world's software inventory (Art. 24): the grid company's SCADA system with its CycloneDX SBOM, uploaded
 * through the public API as the grid's officer would, so that a warning for one of its libraries has someone to reach.
 */
@Component
class DemoSupervision {

    private final SoftwareInventory inventory;
    private final AssetRegistry assets;
    private final Accounts accounts;

    DemoSupervision(SoftwareInventory inventory, AssetRegistry assets, Accounts accounts) {
        this.inventory = inventory;
        this.assets = assets;
        this.accounts = accounts;
    }

    /** Seeds once: skipped when the SCADA system already lists components. */
    void seed() {
        accounts.runAs("grid-officer", () -> {
            UUID scada = assets.withStatus(Actors.current(), "CII", PageQuery.of(0, 50, null, Map.of(), "a.id"))
                    .items().stream().filter(a -> a.name().contains("SCADA")).findFirst().orElseThrow().id();
            if (inventory.list(Actors.current(), scada, null, PageQuery.of(0, 1, null, Map.of(), "c.id"))
                    .totalElements() > 0) {
                return null;
            }
            try (InputStream sbom = DemoSupervision.class.getResourceAsStream("/demo/scada-sbom.cdx.json")) {
                return inventory.replace(Actors.current(), scada, SoftwareInventory.Format.CYCLONEDX,
                        sbom.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
