package org.ciip.registry.asset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ciip.registry.OrganizationSummary;
import org.ciip.shared.Actor;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an operator's assets from CSV, all or nothing: every row is validated first, and one bad row refuses the
 * whole file with each problem and its line number. Columns: name, kind, sector, mlpsLevel, coreBusiness.
 */
@Service
public class AssetCsvImport {

    public static final List<String> COLUMNS = List.of("name", "kind", "sector", "mlpsLevel", "coreBusiness");
    public static final int MAX_ROWS = 5_000;

    private final AssetService assets;

    AssetCsvImport(AssetService assets) {
        this.assets = assets;
    }

    @Transactional
    public ImportResult importCsv(Actor actor, Reader csv) {
        OrganizationSummary operator = assets.writableOperator(actor, null);
        List<Row> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw ApiException.invalid(List.of(new FieldProblem("header",
                        "must name the columns " + String.join(", ", COLUMNS) + "; missing: "
                                + String.join(", ", missing), 1, "validation.csvHeader",
                        List.of(String.join(", ", COLUMNS)))));
            }
            Map<String, Integer> firstLineOfName = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new FieldProblem("file", "has more than " + MAX_ROWS + " rows", line,
                            "validation.csvTooManyRows", List.of(MAX_ROWS)));
                    break;
                }
                Row row = new Row(line, record.get("name"), record.get("kind"), record.get("sector"),
                        record.get("mlpsLevel"), record.get("coreBusiness"));
                Validation v = new Validation();
                Integer level = parseLevel(v, row.mlpsLevel());
                AssetService.validate(v, operator, row.name(), row.kind(), row.sector(),
                        v.hasProblem("mlpsLevel") ? Integer.valueOf(1) : level, row.coreBusiness(), true);
                if (!Validation.isBlank(row.name())) {
                    Integer earlier = firstLineOfName.putIfAbsent(row.name().toLowerCase(Locale.ROOT), line);
                    if (earlier != null) {
                        v.add("name", "validation.csvDuplicateName", "repeats the name on line " + earlier, earlier);
                    }
                }
                v.problems().forEach(p -> problems.add(p.atLine(line)));
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // an unterminated quote surfaces from the parser's iterator as an UncheckedIOException
            Throwable reason = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw ApiException.invalid(List.of(new FieldProblem("file", "is not readable CSV: " + reason.getMessage(),
                    null, "validation.csvUnreadable", List.of())));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            throw ApiException.invalid(List.of(new FieldProblem("file", "has no rows", null, "validation.csvEmpty",
                    List.of())));
        }
        Set<String> existing = assets.existingNames(operator.id(),
                rows.stream().filter(r -> !Validation.isBlank(r.name()))
                        .map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
        for (Row row : rows) {
            if (!Validation.isBlank(row.name()) && existing.contains(row.name().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem("name", "is already used by another asset of this operator", row.line(),
                        "validation.assetNameTaken", List.of()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line()));
            throw ApiException.invalid(problems);
        }
        List<UUID> ids = new ArrayList<>();
        for (Row row : rows) {
            ids.add(assets.insert(operator.id(), row.name(), row.kind(), row.sector(),
                    Integer.parseInt(row.mlpsLevel()), row.coreBusiness(), true));
        }
        return new ImportResult(ids.size(), ids);
    }

    private static Integer parseLevel(Validation v, String text) {
        if (Validation.isBlank(text)) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            v.add("mlpsLevel", "validation.mlpsLevel", "must be an MLPS level from 1 to 5");
            return null;
        }
    }

    private record Row(int line, String name, String kind, String sector, String mlpsLevel, String coreBusiness) {
    }

    public record ImportResult(int imported, List<UUID> ids) {
    }
}
