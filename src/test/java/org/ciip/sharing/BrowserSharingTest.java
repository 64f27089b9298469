package org.ciip.sharing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.ciip.support.Browsers;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sharing in a real browser on the demo world: the grid's officer writes an indicator whose pattern is checked as it
 * is typed (what is wrong, and at which character), shares it and lands on its page; then uploads a bundle of which
 * one object is refused, and reads which and why; the energy department finds the indicator in its sector's feed.
 */
@RunningCiip
class BrowserSharingTest {

    @Autowired
    Http http;

    @Test
    void anIndicatorsPatternIsCheckedAsItIsTypedAndABundleUploadSaysWhatWasRefusedAndWhy() {
        String name = "Beacon " + UUID.randomUUID().toString().substring(0, 8);
        try (Browsers browsers = Browsers.open(http)) {
            Page grid = browsers.signedIn("grid-officer");
            grid.click("#mainNav >> text=Threat sharing");
            grid.click("#collections-table >> text=Energy sector threat sharing");
            grid.click("#new-indicator");
            grid.fill("#name", name);
            grid.locator("#pattern").pressSequentially("[ipv4-addr:value = '198.51.100.23'");
            assertThat(grid.locator("#pattern-check")).hasText("Character 35: expected ] before the end.");
            assertThat(grid.locator("#pattern")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            grid.locator("#pattern").pressSequentially("]");
            assertThat(grid.locator("#pattern-check")).hasText("The pattern parses. (ipv4-addr)");
            grid.selectOption("#tlp", "GREEN");
            grid.waitForNavigation(() -> grid.click("#submit-indicator"));
            assertThat(grid.locator("#sharing-done")).hasText("The indicator is shared.");
            assertThat(grid.locator("#object-title")).hasText(name);
            String indicator = grid.url().substring(grid.url().lastIndexOf('/') + 1);

            grid.click("text=Energy sector threat sharing");
            grid.click("#upload-bundle");
            String bundle = """
                    {"type": "bundle", "id": "bundle--%s", "objects": [
                      {"type": "sighting", "spec_version": "2.1", "id": "sighting--%s", "created": "2026-12-01T00:00:00.000Z",
                       "modified": "2026-12-01T00:00:00.000Z", "sighting_of_ref": "%s", "count": 2,
                       "object_marking_refs": ["%s"]},
                      {"type": "vulnerability", "spec_version": "2.1", "id": "vulnerability--%s",
                       "created": "2026-12-01T00:00:00.000Z", "modified": "2026-12-01T00:00:00.000Z",
                       "object_marking_refs": ["%s"]}]}""".formatted(UUID.randomUUID(), UUID.randomUUID(), indicator,
                    Tlp.GREEN.markingId(), UUID.randomUUID(), Tlp.GREEN.markingId());
            grid.setInputFiles("#bundle", new FilePayload("sightings.json", "application/json",
                    bundle.getBytes(StandardCharsets.UTF_8)));
            grid.waitForNavigation(() -> grid.click("#upload-submit"));
            assertThat(grid.locator("#upload-summary")).hasText("2 objects: 1 accepted, 1 refused.");
            assertThat(grid.locator("#refused-table")).containsText("name: is required");

            Page dept = browsers.signedIn("energy-dept");
            dept.navigate(browsers.url("/sharing"));
            dept.click("#collections-table >> text=Energy sector threat sharing");
            dept.fill("#q", name);
            dept.waitForNavigation(() -> dept.click("#filter-submit"));
            dept.click("#objects-table >> text=" + name);
            assertThat(dept.locator("#relationships-table")).containsText("sighting");
            assertThat(dept.locator("#graph svg")).isVisible();
        }
    }
}
