package org.ciip.incident.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ciip.incident.grading.DataThreat;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.grading.ImpactFigures;
import org.ciip.incident.IncidentRequests;
import org.ciip.shared.LegalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The incident report form; the discovery time is entered in Beijing time. */
public class IncidentForm {

    private List<UUID> assetIds = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime discoveredAt;
    private String place;
    private String category = "MP";
    private String subcategory;
    private String summary;
    private String harm;
    private String measuresTaken;
    private Long ciiOverallInterruptionMinutes;
    private Long ciiMainFunctionInterruptionMinutes;
    private Long peopleAffected;
    private BigDecimal provincePopulationAffectedPercent;
    private Long personalInfoRecordsLeaked;
    private BigDecimal directEconomicLossCny;
    private Long portalUnreachableMinutes;
    private DataThreat importantDataThreat = DataThreat.NONE;
    private BigDecimal ransomAmount;
    private String ransomCurrency;
    private String ransomMethod;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ransomDemandedOn;
    private String trend;
    private String cause;
    private String leads;
    private String plannedMeasures;
    private String scenePreservation;
    private String other;
    private Grade grade;
    private String gradeReason;

    Instant discoveredInstant() {
        return discoveredAt == null ? null : discoveredAt.atZone(LegalTime.ZONE).toInstant();
    }

    ImpactFigures impact() {
        return new ImpactFigures(ciiOverallInterruptionMinutes, ciiMainFunctionInterruptionMinutes, peopleAffected,
                provincePopulationAffectedPercent, personalInfoRecordsLeaked, directEconomicLossCny,
                portalUnreachableMinutes, importantDataThreat);
    }

    IncidentRequests.Report toReport() {
        boolean ransom = ransomAmount != null || (ransomMethod != null && !ransomMethod.isBlank());
        return new IncidentRequests.Report(assetIds, discoveredInstant(), place, category, subcategory, summary, harm,
                measuresTaken, impact(), ransom ? new IncidentRequests.Ransom(ransomAmount, ransomCurrency, ransomMethod,
                        ransomDemandedOn) : null, trend, cause, leads, plannedMeasures, scenePreservation, other, grade,
                gradeReason);
    }

    public List<UUID> getAssetIds() { return assetIds; }
    public void setAssetIds(List<UUID> v) { this.assetIds = v == null ? new ArrayList<>() : v; }
    public LocalDateTime getDiscoveredAt() { return discoveredAt; }
    public void setDiscoveredAt(LocalDateTime v) { this.discoveredAt = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { this.place = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { this.category = v; }
    public String getSubcategory() { return subcategory; }
    public void setSubcategory(String v) { this.subcategory = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { this.summary = v; }
    public String getHarm() { return harm; }
    public void setHarm(String v) { this.harm = v; }
    public String getMeasuresTaken() { return measuresTaken; }
    public void setMeasuresTaken(String v) { this.measuresTaken = v; }
    public Long getCiiOverallInterruptionMinutes() { return ciiOverallInterruptionMinutes; }
    public void setCiiOverallInterruptionMinutes(Long v) { this.ciiOverallInterruptionMinutes = v; }
    public Long getCiiMainFunctionInterruptionMinutes() { return ciiMainFunctionInterruptionMinutes; }
    public void setCiiMainFunctionInterruptionMinutes(Long v) { this.ciiMainFunctionInterruptionMinutes = v; }
    public Long getPeopleAffected() { return peopleAffected; }
    public void setPeopleAffected(Long v) { this.peopleAffected = v; }
    public BigDecimal getProvincePopulationAffectedPercent() { return provincePopulationAffectedPercent; }
    public void setProvincePopulationAffectedPercent(BigDecimal v) { this.provincePopulationAffectedPercent = v; }
    public Long getPersonalInfoRecordsLeaked() { return personalInfoRecordsLeaked; }
    public void setPersonalInfoRecordsLeaked(Long v) { this.personalInfoRecordsLeaked = v; }
    public BigDecimal getDirectEconomicLossCny() { return directEconomicLossCny; }
    public void setDirectEconomicLossCny(BigDecimal v) { this.directEconomicLossCny = v; }
    public Long getPortalUnreachableMinutes() { return portalUnreachableMinutes; }
    public void setPortalUnreachableMinutes(Long v) { this.portalUnreachableMinutes = v; }
    public DataThreat getImportantDataThreat() { return importantDataThreat; }
    public void setImportantDataThreat(DataThreat v) { this.importantDataThreat = v; }
    public BigDecimal getRansomAmount() { return ransomAmount; }
    public void setRansomAmount(BigDecimal v) { this.ransomAmount = v; }
    public String getRansomCurrency() { return ransomCurrency; }
    public void setRansomCurrency(String v) { this.ransomCurrency = v; }
    public String getRansomMethod() { return ransomMethod; }
    public void setRansomMethod(String v) { this.ransomMethod = v; }
    public LocalDate getRansomDemandedOn() { return ransomDemandedOn; }
    public void setRansomDemandedOn(LocalDate v) { this.ransomDemandedOn = v; }
    public String getTrend() { return trend; }
    public void setTrend(String v) { this.trend = v; }
    public String getCause() { return cause; }
    public void setCause(String v) { this.cause = v; }
    public String getLeads() { return leads; }
    public void setLeads(String v) { this.leads = v; }
    public String getPlannedMeasures() { return plannedMeasures; }
    public void setPlannedMeasures(String v) { this.plannedMeasures = v; }
    public String getScenePreservation() { return scenePreservation; }
    public void setScenePreservation(String v) { this.scenePreservation = v; }
    public String getOther() { return other; }
    public void setOther(String v) { this.other = v; }
    public Grade getGrade() { return grade; }
    public void setGrade(Grade v) { this.grade = v; }
    public String getGradeReason() { return gradeReason; }
    public void setGradeReason(String v) { this.gradeReason = v; }
}
