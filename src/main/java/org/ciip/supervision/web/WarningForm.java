package org.ciip.supervision.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ciip.shared.LegalTime;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.supervision.VersionRange;
import org.ciip.supervision.WarningRequest;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The warning form. Affected products are written one per line: a package URL or a CPE 2.3 name, then
 * {@code introduced=}, {@code fixed=} and {@code lastAffected=} as needed (several lines for several ranges); the
 * deadlines in Beijing time, empty for the level's defaults.
 */
public class WarningForm {

    private String titleZh;
    private String titleEn;
    private String descriptionZh;
    private String descriptionEn;
    private String level = "ORANGE";
    private String threatType = "VULNERABILITY";
    private String identifiers;
    private String products;
    private String actions;
    private List<String> sectors = new ArrayList<>();
    private String province;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime acknowledgeDueAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime respondDueAt;
    private boolean informUnmatched;
    private java.util.UUID threatId;

    WarningRequest toRequest() {
        List<WarningRequest.ProductRequest> parsed = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        String[] lines = products == null ? new String[0] : products.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] tokens = line.split("\\s+");
            String introduced = null;
            String fixed = null;
            String lastAffected = null;
            for (String token : Arrays.copyOfRange(tokens, 1, tokens.length)) {
                String[] kv = token.split("=", 2);
                switch (kv.length == 2 ? kv[0] : "") {
                    case "introduced" -> introduced = kv[1];
                    case "fixed" -> fixed = kv[1];
                    case "lastAffected" -> lastAffected = kv[1];
                    default -> problems.add(new FieldProblem("products", "line " + (i + 1) + ": \"" + token
                            + "\" is not introduced=, fixed= or lastAffected=", i + 1, "validation.productLine",
                            List.of(i + 1, token)));
                }
            }
            String id = tokens[0];
            parsed.add(new WarningRequest.ProductRequest(id.startsWith("pkg:") ? id : null,
                    id.startsWith("pkg:") ? null : id, List.of(new VersionRange(introduced, fixed, lastAffected))));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        List<String> ids = identifiers == null || identifiers.isBlank() ? List.of()
                : Arrays.stream(identifiers.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        return new WarningRequest(titleZh, titleEn, descriptionZh, descriptionEn, level, threatType, ids, parsed,
                actions, sectors, province,
                acknowledgeDueAt == null ? null : acknowledgeDueAt.atZone(LegalTime.ZONE).toInstant(),
                respondDueAt == null ? null : respondDueAt.atZone(LegalTime.ZONE).toInstant(), informUnmatched);
    }

    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String v) { titleZh = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getDescriptionZh() { return descriptionZh; }
    public void setDescriptionZh(String v) { descriptionZh = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getThreatType() { return threatType; }
    public void setThreatType(String v) { threatType = v; }
    public String getIdentifiers() { return identifiers; }
    public void setIdentifiers(String v) { identifiers = v; }
    public String getProducts() { return products; }
    public void setProducts(String v) { products = v; }
    public String getActions() { return actions; }
    public void setActions(String v) { actions = v; }
    public List<String> getSectors() { return sectors; }
    public void setSectors(List<String> v) { sectors = v == null ? new ArrayList<>() : v; }
    public String getProvince() { return province; }
    public void setProvince(String v) { province = v; }
    public LocalDateTime getAcknowledgeDueAt() { return acknowledgeDueAt; }
    public void setAcknowledgeDueAt(LocalDateTime v) { acknowledgeDueAt = v; }
    public LocalDateTime getRespondDueAt() { return respondDueAt; }
    public void setRespondDueAt(LocalDateTime v) { respondDueAt = v; }
    public java.util.UUID getThreatId() { return threatId; }
    public void setThreatId(java.util.UUID v) { threatId = v; }
    public boolean isInformUnmatched() { return informUnmatched; }
    public void setInformUnmatched(boolean v) { informUnmatched = v; }
}
