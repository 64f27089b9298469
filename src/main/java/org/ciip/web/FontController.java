package org.ciip.web;

import java.time.Duration;
import org.ciip.shared.pdf.WebFont;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CJK font of the pages, for machines without one (the style sheet asks for it only for CJK characters): the font
 * the PDFs embed, as TrueType. Anyone may load it, the sign-in page too; the browser keeps it for a year.
 */
@RestController
class FontController {

    static final String PATH = "/fonts/ciip-cjk.ttf";

    @GetMapping(PATH)
    ResponseEntity<byte[]> font() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("font/ttf"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .body(WebFont.trueType());
    }
}
