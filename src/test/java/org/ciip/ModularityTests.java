package org.ciip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CiipApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicFacesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void everyModuleIsNamedAndNoOtherExists() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("registry",
                "identity", "identification", "obligations", "incident", "compliance", "enforcement", "audit",
                "notification", "calendar", "web", "shared", "demo", "supervision", "sharing");
    }

    @Test
    void writesTheModuleDocumentation() throws java.io.IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("docs/modules"))) {
            for (java.nio.file.Path file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    sortRelations(file);
                } else if (file.toString().endsWith(".adoc")) {
                    sortListedTypes(file);
                }
            }
        }
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("docs/modules/components.puml")))
                .contains("Rel(");
    }

    /**
     * The canvases list a module's types (events listened to, beans...) in no fixed order; sorted, the committed
     * canvases only change with the code. A list is a run of lines starting with "* `", its first marked "|* `".
     */
    private static void sortListedTypes(java.nio.file.Path file) throws java.io.IOException {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("|* `")) {
                out.add(lines.get(i++));
                continue;
            }
            java.util.List<String> items = new java.util.ArrayList<>(java.util.List.of(lines.get(i++).substring(1)));
            while (i < lines.size() && lines.get(i).startsWith("* `")) {
                items.add(lines.get(i++));
            }
            java.util.Collections.sort(items);
            out.add("|" + items.getFirst());
            out.addAll(items.subList(1, items.size()));
        }
        java.nio.file.Files.write(file, out);
    }

    /** The Documenter writes relations in no fixed order; sorted, the committed diagrams only change with the code. */
    private static void sortRelations(java.nio.file.Path file) throws java.io.IOException {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.List<String> block = new java.util.ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                block.add(line);
                continue;
            }
            java.util.Collections.sort(block);
            out.addAll(block);
            block.clear();
            out.add(line);
        }
        java.util.Collections.sort(block);
        out.addAll(block);
        java.nio.file.Files.write(file, out);
    }
}
