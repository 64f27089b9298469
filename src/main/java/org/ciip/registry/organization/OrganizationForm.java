package org.ciip.registry.organization;

import java.util.ArrayList;
import java.util.List;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations.OrganizationRegistration;
import org.ciip.shared.OrganizationKind;

/** The organization form of the UI. */
public class OrganizationForm {

    private OrganizationKind kind = OrganizationKind.OPERATOR;
    private String name;
    private String nameEn;
    private String creditCode;
    private String regionCode;
    private String jurisdictionProvince;
    private List<String> sectors = new ArrayList<>();
    private Integer version;

    static OrganizationForm of(OrganizationSummary o) {
        OrganizationForm form = new OrganizationForm();
        form.kind = o.kind();
        form.name = o.name();
        form.nameEn = o.nameEn();
        form.creditCode = o.creditCode();
        form.regionCode = o.regionCode();
        form.jurisdictionProvince = o.jurisdictionProvince();
        form.sectors = new ArrayList<>(o.sectors());
        form.version = o.version();
        return form;
    }

    OrganizationRegistration toRegistration() {
        return new OrganizationRegistration(kind, name, nameEn, creditCode, regionCode, jurisdictionProvince, sectors);
    }

    OrganizationService.OrganizationChange toChange() {
        return new OrganizationService.OrganizationChange(name, nameEn == null ? "" : nameEn, creditCode, regionCode,
                jurisdictionProvince == null ? "" : jurisdictionProvince, sectors, version);
    }

    public OrganizationKind getKind() { return kind; }
    public void setKind(OrganizationKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getJurisdictionProvince() { return jurisdictionProvince; }
    public void setJurisdictionProvince(String jurisdictionProvince) { this.jurisdictionProvince = jurisdictionProvince; }
    public List<String> getSectors() { return sectors; }
    public void setSectors(List<String> sectors) { this.sectors = sectors == null ? new ArrayList<>() : sectors; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
