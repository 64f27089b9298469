package org.ciip.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ciip.audit.chain.ChainVerifier;
import org.ciip.shared.Actors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Append-only, hash-chained trail of every change (Art. 30)")
class AuditApiController {

    private final AuditReader reader;

    AuditApiController(AuditReader reader) {
        this.reader = reader;
    }

    @GetMapping("/verification")
    @Operation(summary = "Recompute the hash chain and report the first entry that breaks it")
    ChainVerifier.Verification verification() {
        AuditReader.requireMayVerify(Actors.current());
        return reader.verify();
    }
}
