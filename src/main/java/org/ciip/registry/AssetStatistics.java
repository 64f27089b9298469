package org.ciip.registry;

import java.util.Map;
import org.ciip.shared.Jurisdiction;

/** Counts of assets for dashboards, within the jurisdiction or, for MPS and CAC, nationally. */
public interface AssetStatistics {

    /** CII status to count. */
    Map<String, Long> byCiiStatus(Jurisdiction jurisdiction);

    /** Sector code to count. */
    Map<String, Long> bySector(Jurisdiction jurisdiction);
}
