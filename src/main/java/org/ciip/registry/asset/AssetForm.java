package org.ciip.registry.asset;

/** The asset form of the UI. */
public class AssetForm {

    private String name;
    private String kind = "INFORMATION_SYSTEM";
    private String sector;
    private Integer mlpsLevel = 3;
    private String coreBusiness;
    private Integer version;
    /** "true", "false", or empty for "as the sector says". */
    private String basicTelecomNetwork = "";

    static AssetForm of(AssetView asset) {
        AssetForm form = new AssetForm();
        form.name = asset.name();
        form.kind = asset.kind();
        form.sector = asset.sector();
        form.mlpsLevel = asset.mlpsLevel();
        form.coreBusiness = asset.coreBusiness();
        form.version = asset.version();
        form.basicTelecomNetwork = String.valueOf(asset.basicTelecomNetwork());
        return form;
    }

    AssetRequest toRequest() {
        Boolean telecom = "true".equals(basicTelecomNetwork) ? Boolean.TRUE
                : "false".equals(basicTelecomNetwork) ? Boolean.FALSE : null;
        return new AssetRequest(null, name, kind, sector, mlpsLevel, coreBusiness, null, version, telecom);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public Integer getMlpsLevel() { return mlpsLevel; }
    public void setMlpsLevel(Integer mlpsLevel) { this.mlpsLevel = mlpsLevel; }
    public String getCoreBusiness() { return coreBusiness; }
    public void setCoreBusiness(String coreBusiness) { this.coreBusiness = coreBusiness; }
    public String getBasicTelecomNetwork() { return basicTelecomNetwork; }
    public void setBasicTelecomNetwork(String basicTelecomNetwork) { this.basicTelecomNetwork = basicTelecomNetwork; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
