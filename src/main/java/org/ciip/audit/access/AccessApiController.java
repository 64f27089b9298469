package org.ciip.audit.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/access")
@Tag(name = "Access log", description = "Reads of operators' protected records and their purposes (Art. 30, 46)")
class AccessApiController {

    private final AccessLog log;

    AccessApiController(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/reads")
    @Operation(summary = "For an operator: who read its protected records, when, what and why, newest first. For MPS "
            + "and CAC: the reads without a case behind them (?readerOrgId= for one reader)")
    PageResult<AccessReads.Read> reads(@RequestParam(required = false) UUID readerOrgId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return log.reads(Actors.current(), readerOrgId, PageQuery.of(page, size, null, Map.of(), "read_at desc"));
    }

    @GetMapping("/readers-without-case")
    @Operation(summary = "For MPS and CAC: each reader with reads that had no case behind them, most reads first")
    PageResult<AccessReads.Reader> readers(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return log.readersWithoutCase(Actors.current(), PageQuery.of(page, size, null, Map.of(), "reads desc"));
    }
}
