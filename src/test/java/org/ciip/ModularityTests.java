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
    void theModulesOfDesignMdArePresent() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("registry", "identity", "audit", "calendar", "web", "shared", "demo");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
    }
}
