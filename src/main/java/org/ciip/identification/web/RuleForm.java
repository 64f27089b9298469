package org.ciip.identification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ciip.identification.FactorKey;
import org.ciip.identification.RuleDefinition;
import org.ciip.identification.RuleDefinition.Criterion;
import org.ciip.identification.RuleDefinition.Factor;
import org.ciip.identification.RuleDefinition.Level;
import org.ciip.identification.RuleFiling;
import org.ciip.identification.RuleView;

/**
 * The rule editor: levels and each factor's criteria are written one per line as "中文名称 | English name", so that a
 * department writes its rule in both languages without a nested form.
 */
public class RuleForm {

    private String sector;
    private String name;
    private String nameEn;
    private String method = "ANY_FACTOR_HIGHEST";
    private Integer threshold = 60;
    private String levels = "低 | Low\n中 | Medium\n高 | High\n极高 | Very high";
    private String importance = "";
    private String harm = "";
    private String crossSector = "";
    private Integer importanceWeight = 40;
    private Integer harmWeight = 40;
    private Integer crossSectorWeight = 20;
    private UUID supersedes;

    static RuleForm of(RuleView rule) {
        RuleForm form = new RuleForm();
        form.sector = rule.sector();
        form.name = rule.name();
        form.nameEn = rule.nameEn();
        RuleDefinition d = rule.definition();
        form.method = d.method().name();
        form.threshold = d.threshold() == null ? 60 : d.threshold();
        form.levels = String.join("\n", d.levels().stream().map(l -> l.nameZh() + " | " + l.nameEn()).toList());
        for (Factor f : d.factors()) {
            String lines = String.join("\n", f.criteria().stream().map(c -> c.nameZh() + " | " + c.nameEn()).toList());
            switch (f.key()) {
                case IMPORTANCE -> { form.importance = lines; form.importanceWeight = f.weight(); }
                case HARM -> { form.harm = lines; form.harmWeight = f.weight(); }
                case CROSS_SECTOR_IMPACT -> { form.crossSector = lines; form.crossSectorWeight = f.weight(); }
            }
        }
        return form;
    }

    RuleFiling.RuleDraft toDraft() {
        List<Level> levelList = new ArrayList<>();
        List<String[]> levelLines = lines(levels);
        for (int i = 0; i < levelLines.size(); i++) {
            levelList.add(new Level(i + 1, levelLines.get(i)[0], levelLines.get(i)[1]));
        }
        RuleDefinition.DecisionMethod decisionMethod = "WEIGHTED_SCORE".equals(method)
                ? RuleDefinition.DecisionMethod.WEIGHTED_SCORE : RuleDefinition.DecisionMethod.ANY_FACTOR_HIGHEST;
        List<Factor> factors = List.of(
                factor(FactorKey.IMPORTANCE, "importance", importance, importanceWeight),
                factor(FactorKey.HARM, "harm", harm, harmWeight),
                factor(FactorKey.CROSS_SECTOR_IMPACT, "cross-sector", crossSector, crossSectorWeight));
        return new RuleFiling.RuleDraft(sector, name, nameEn,
                new RuleDefinition(levelList, factors, decisionMethod,
                        decisionMethod == RuleDefinition.DecisionMethod.WEIGHTED_SCORE ? threshold : null),
                supersedes);
    }

    private static Factor factor(FactorKey key, String prefix, String text, Integer weight) {
        List<Criterion> criteria = new ArrayList<>();
        List<String[]> rows = lines(text);
        for (int i = 0; i < rows.size(); i++) {
            criteria.add(new Criterion(prefix + "-" + (i + 1), rows.get(i)[0], rows.get(i)[1]));
        }
        return new Factor(key, weight, criteria);
    }

    /** "中文 | English" lines; a line without "|" uses its text for both languages. */
    private static List<String[]> lines(String text) {
        List<String[]> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            String zh = parts[0].trim();
            String en = parts.length > 1 ? parts[1].trim() : zh;
            result.add(new String[] {zh, en});
        }
        return result;
    }

    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public Integer getThreshold() { return threshold; }
    public void setThreshold(Integer threshold) { this.threshold = threshold; }
    public String getLevels() { return levels; }
    public void setLevels(String levels) { this.levels = levels; }
    public String getImportance() { return importance; }
    public void setImportance(String importance) { this.importance = importance; }
    public String getHarm() { return harm; }
    public void setHarm(String harm) { this.harm = harm; }
    public String getCrossSector() { return crossSector; }
    public void setCrossSector(String crossSector) { this.crossSector = crossSector; }
    public Integer getImportanceWeight() { return importanceWeight; }
    public void setImportanceWeight(Integer w) { this.importanceWeight = w; }
    public Integer getHarmWeight() { return harmWeight; }
    public void setHarmWeight(Integer w) { this.harmWeight = w; }
    public Integer getCrossSectorWeight() { return crossSectorWeight; }
    public void setCrossSectorWeight(Integer w) { this.crossSectorWeight = w; }
    public UUID getSupersedes() { return supersedes; }
    public void setSupersedes(UUID supersedes) { this.supersedes = supersedes; }
}
