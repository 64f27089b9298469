package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Template expressions that read as intended: in SpEL, {@code names[s]} on a map looks up the key "s", not the value
 * of the variable {@code s} (the organizations page printed no sectors that way), so a bare name as an index is
 * refused; {@code names.get(s)} says what it means.
 */
class TemplateExpressionsTest {

    private static final Pattern BARE_INDEX = Pattern.compile("\\$\\{[^}]*?[\\w)\\]]\\[([A-Za-z_]\\w*)][^}]*}");

    @Test
    void noTemplateIndexesAMapOrListWithABareVariableName() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = BARE_INDEX.matcher(lines.get(i));
                    while (m.find()) {
                        found.add(template + ":" + (i + 1) + " " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("write map.get(name) or list.get(i) instead").isEmpty();
    }

    @Test
    void theCheckFindsABareIndexAndLetsAQuotedKeyOrAPathThrough() {
        assertThat(BARE_INDEX.matcher("th:text=\"${sectorNames[s]}\"").find()).isTrue();
        assertThat(BARE_INDEX.matcher("th:text=\"${errors['title']}\"").find()).isFalse();
        assertThat(BARE_INDEX.matcher("th:text=\"${sectorNames[a.sector]}\"").find()).isFalse();
        assertThat(BARE_INDEX.matcher("th:text=\"${sectorNames.get(s)}\"").find()).isFalse();
    }
}
