package org.ciip.incident;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.TreeMap;
import java.util.UUID;
import org.ciip.audit.SignedTreeHeads;
import org.ciip.shared.HashAlgorithm;
import org.ciip.shared.crypto.DocumentSigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The receipts of incident versions (Art. 50 para 2): each version is hashed with the deployment's suite (SM3 on the
 * national one, SHA-256 otherwise, and SHA-256 always), and its receipt is signed with the platform's document key
 * (SM2 or ECDSA P-256) over the canonical JSON of its fields, with the latest signed tree head of the audit trail
 * beside it. {@code bin/ciip-verify} checks a receipt offline (docs/incidents.md).
 */
@Component
class Receipts {

    private final DocumentSigner signer;
    private final SignedTreeHeads treeHeads;
    private final HashAlgorithm algorithm;

    Receipts(DocumentSigner signer, SignedTreeHeads treeHeads,
            @Value("${ciip.crypto.suite:INTERNATIONAL}") String suite) {
        this.signer = signer;
        this.treeHeads = treeHeads;
        this.algorithm = HashAlgorithm.ofSuite(suite);
    }

    /** Version {@code seq} as it is written, hashed with the deployment's algorithm. */
    IncidentView.Version version(int seq, String kind, Object content, String submittedBy, Instant at) {
        return IncidentContent.version(seq, kind, content, submittedBy, at, algorithm);
    }

    /** The signed receipt of a version of an incident. */
    IncidentView.Receipt of(UUID incidentId, IncidentView.Version version) {
        String fields = signedFields(incidentId, version.seq(), version.submittedAt(), version.sha256(),
                version.hashAlgorithm(), version.hash());
        return new IncidentView.Receipt(incidentId, version.seq(), version.submittedAt(), version.sha256(),
                version.hashAlgorithm(), version.hash(), fields, signer.sign(fields.getBytes(StandardCharsets.UTF_8)),
                treeHeads.latest().orElse(null));
    }

    /** What the signature covers: the receipt's fields as canonical JSON, keys sorted, no white space. */
    static String signedFields(UUID incidentId, int seq, Instant submittedAt, String sha256, String hashAlgorithm,
            String hash) {
        TreeMap<String, Object> fields = new TreeMap<>();
        fields.put("hash", hash);
        fields.put("hashAlgorithm", hashAlgorithm);
        fields.put("incidentId", incidentId.toString());
        fields.put("seq", seq);
        fields.put("sha256", sha256);
        fields.put("submittedAt", submittedAt.toString());
        return IncidentContent.canonicalJson(fields);
    }
}
