package org.ciip.supervision.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ciip.shared.LegalTime;
import org.ciip.supervision.ThreatRequest;
import org.springframework.format.annotation.DateTimeFormat;

/** The threat report form; the discovery time in Beijing time. */
public class ThreatForm {

    private String title;
    private String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime discoveredAt;
    private List<UUID> assetIds = new ArrayList<>();
    private String indicators;

    ThreatRequest toRequest() {
        return new ThreatRequest(title, description,
                discoveredAt == null ? null : discoveredAt.atZone(LegalTime.ZONE).toInstant(), assetIds, indicators);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getDiscoveredAt() {
        return discoveredAt;
    }

    public void setDiscoveredAt(LocalDateTime discoveredAt) {
        this.discoveredAt = discoveredAt;
    }

    public List<UUID> getAssetIds() {
        return assetIds;
    }

    public void setAssetIds(List<UUID> assetIds) {
        this.assetIds = assetIds == null ? new ArrayList<>() : assetIds;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }
}
