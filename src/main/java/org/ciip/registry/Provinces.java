package org.ciip.registry;

import java.util.List;
import java.util.Optional;

/** The province-level divisions (GB/T 2260), as reference data: a division code's first two digits name one. */
public interface Provinces {

    List<Province> all();

    Optional<Province> find(String code);

    /** The name of the province of a division code (its first two digits) in the reader's language; the code itself
     * when it names none. */
    default String nameOf(String divisionCode, boolean chinese) {
        if (divisionCode == null || divisionCode.length() < 2) {
            return divisionCode;
        }
        return find(divisionCode.substring(0, 2)).map(p -> chinese ? p.nameZh() : p.nameEn()).orElse(divisionCode);
    }

    record Province(String code, String nameZh, String nameEn, String source) {
    }
}
