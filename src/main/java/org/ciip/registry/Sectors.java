package org.ciip.registry;

import java.util.List;
import java.util.Optional;

/** The sectors of Art. 2, as reference data. */
public interface Sectors {

    List<Sector> all();

    Optional<Sector> find(String code);

    record Sector(String code, String nameZh, String nameEn, String article, String source) {
    }
}
