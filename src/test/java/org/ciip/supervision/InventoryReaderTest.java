package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.ciip.shared.api.ApiException;
import org.junit.jupiter.api.Test;

/** SBOMs of CycloneDX 1.2 and 1.6 are read with their nested components; bad parts are named, not guessed at. */
class InventoryReaderTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = InventoryReaderTest.class.getResourceAsStream("/sbom/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aCycloneDx16DocumentIsReadWithItsNestedComponentsAndItsBadComponentNamedByJsonPointer() throws IOException {
        InventoryReader.Read read = InventoryReader.cycloneDx(resource("scada-1.6.cdx.json"));
        assertThat(read.components()).extracting(NewComponent::name).containsExactly("scada-hmi", "log4j-core",
                "lodash", "linux_kernel", "django");
        NewComponent log4j = read.components().get(1);
        assertThat(log4j.location()).isEqualTo("/components/0/components/0");
        assertThat(log4j.version()).isEqualTo("2.14.1");
        assertThat(log4j.purlId()).isEqualTo(new PackageId("maven", "org.apache.logging.log4j", "log4j-core", null,
                null));
        assertThat(read.components().get(3).cpeId().cpeVendor()).isEqualTo("linux");
        assertThat(read.components().get(3).cpeId().cpeProduct()).isEqualTo("linux_kernel");
        assertThat(read.refused()).containsExactly(new Refusal("/components/2",
                read.refused().getFirst().reason(), "validation.purl"));
        assertThat(read.refused().getFirst().reason()).startsWith("is not a package URL");
    }

    @Test
    void aCycloneDx12DocumentIsReadWithItsNestedComponents() throws IOException {
        InventoryReader.Read read = InventoryReader.cycloneDx(resource("legacy-1.2.cdx.json"));
        assertThat(read.components()).extracting(NewComponent::name, NewComponent::version, NewComponent::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("commons-text", "1.9", "/components/0"),
                        org.assertj.core.groups.Tuple.tuple("commons-lang3", "3.11", "/components/0/components/0"));
        assertThat(read.refused()).isEmpty();
    }

    @Test
    void aDocumentThatIsNotCycloneDxJsonOrOfAnotherVersionIsRefusedNamingTheField() {
        assertThatThrownBy(() -> InventoryReader.cycloneDx("vendor,product\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.field()).containsExactly("sbom"));
        assertThatThrownBy(() -> InventoryReader.cycloneDx("""
                {"bomFormat": "CycloneDX", "specVersion": "1.1", "version": 1, "components": []}"""
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.field()).containsExactly("specVersion"));
    }

    @Test
    void aCsvNamesEveryBadLineAndTakesTheVersionFromThePackageUrlWhenItsColumnIsEmpty() {
        InventoryReader.Read read = InventoryReader.csv("""
                vendor,product,version,purl,cpe
                Apache,log4j-core,,pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1,
                ,,1.0,,
                Acme,hmi,7.2,pkg:bad,
                Linux,kernel,5.10,,cpe:2.3:o:linux:linux_kernel:5.10:*:*:*:*:*:*:*
                Acme,relay,1.0,,cpe:2.3:x:acme
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(read.components()).extracting(NewComponent::name, NewComponent::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("log4j-core", "2.14.1"),
                        org.assertj.core.groups.Tuple.tuple("kernel", "5.10"));
        assertThat(read.refused()).extracting(Refusal::location).containsExactly("line 3", "line 4", "line 6");
        assertThat(read.refused().get(0).reason()).contains("has no name");
    }
}
