package org.ciip.registry;

import java.util.List;
import java.util.Optional;

/**
 * The administrative divisions (GB/T 2260), as reference data: a division code's first two digits name its province,
 * and the prefecture- and county-level divisions below name the rest of the place, in Chinese (the source has no
 * English names: English readers get the province).
 */
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

    /**
     * The place a division code names, in the reader's language: in Chinese its full name (北京市朝阳区, 河北省石家庄市长安区),
     * in English its province (Beijing); the province alone for a code below it that the reference data does not know,
     * the code itself for one whose province it does not know.
     */
    String placeOf(String divisionCode, boolean chinese);

    record Province(String code, String nameZh, String nameEn, String source) {
    }
}
