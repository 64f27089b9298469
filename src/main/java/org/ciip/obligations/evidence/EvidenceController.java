package org.ciip.obligations.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files, for the API and for the download links of the UI (both are served here). */
@RestController
@Tag(name = "Evidence files", description = "Files attached to security program records (DESIGN.md §5)")
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping(path = "/api/v1/evidence", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file to a program record; pdf, png, jpg, docx, xlsx, zip, txt or csv")
    EvidenceService.EvidenceView upload(@RequestParam String recordType, @RequestParam UUID recordId,
            @RequestPart("file") MultipartFile file) throws IOException {
        return evidence.upload(Actors.current(), recordType, recordId, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping({"/api/v1/evidence/{id}", "/evidence/{id}"})
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        EvidenceService.EvidenceContent file = evidence.file(Actors.current(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, file.file().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.file().fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder()
                        .encodeToString(java.util.HexFormat.of().parseHex(file.file().sha256())))
                .body(file.content());
    }
}
