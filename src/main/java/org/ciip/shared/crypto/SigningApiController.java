package org.ciip.shared.crypto;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ciip.shared.api.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public key of the documents CIIP issues, and a check of a document against its signature: both open to anyone,
 * so that whoever received a document can verify it.
 */
@RestController
class SigningApiController {

    private final DocumentSigner signer;

    SigningApiController(DocumentSigner signer) {
        this.signer = signer;
    }

    @GetMapping("/api/v1/signing-key")
    DocumentSigner.PublishedKey key() {
        return signer.publishedKey();
    }

    /** A document (multipart {@code file}) and the Base64 signature that came with it. */
    @PostMapping("/api/v1/signatures/verification")
    Map<String, Object> verify(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String signature) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("file", "Send the document as it was received");
        }
        if (signature == null || signature.isBlank()) {
            throw ApiException.invalid("signature", "Send the CIIP-Signature that came with the document");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("valid", signer.verify(file.getBytes(), signature));
        answer.put("algorithm", signer.algorithm());
        answer.put("keyId", signer.publishedKey().keyId());
        return answer;
    }
}
