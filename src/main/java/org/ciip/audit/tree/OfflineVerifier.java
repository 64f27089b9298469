package org.ciip.audit.tree;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.ciip.audit.SignedTreeHead;
import org.ciip.audit.chain.AuditChain;
import org.ciip.audit.chain.AuditEntry;
import org.ciip.shared.HashAlgorithm;
import org.ciip.shared.crypto.DocumentSigner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ciip-verify}: checks, with nothing but the platform's public key, a signed tree head, an inclusion proof of an
 * audit entry or a consistency proof between two heads, as CIIP's API answers them (docs/audit.md). It recomputes the
 * entry's hash from its content, the root from the proof (RFC 9162 sections 2.1.3.2 and 2.1.4.2) and checks the
 * heads' signatures (SM2 with SM3, or ECDSA P-256 with SHA-256). Exit status 0 when everything holds, 1 when something
 * does not, 2 when the files cannot be read. No database, no network, no Spring.
 */
public final class OfflineVerifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ECPublicKeyParameters key;
    private final List<String> report = new ArrayList<>();
    private boolean valid = true;

    OfflineVerifier(ECPublicKeyParameters key) {
        this.key = key;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the command: {@code <public key: PEM, or the JSON of /api/v1/signing-key> <proof or head: JSON>}. */
    public static int run(String[] args, PrintStream out) {
        if (args.length != 2) {
            out.println("usage: ciip-verify <public-key.pem | signing-key.json> <proof.json | tree-head.json>");
            return 2;
        }
        ECPublicKeyParameters key;
        JsonNode document;
        try {
            key = publicKey(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
            document = JSON.readTree(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            out.println("cannot read the files: " + e.getMessage());
            return 2;
        }
        OfflineVerifier verifier = new OfflineVerifier(key);
        try {
            verifier.verify(document);
        } catch (RuntimeException e) {
            verifier.check(false, "the document is malformed: " + e.getMessage());
        }
        verifier.report.forEach(out::println);
        out.println(verifier.valid ? "VALID" : "INVALID");
        return verifier.valid ? 0 : 1;
    }

    /** The public key from its PEM, or from the JSON that carries it as {@code publicKeyPem}. */
    static ECPublicKeyParameters publicKey(String text) throws IOException {
        String pem = text.trim().startsWith("{") ? JSON.readTree(text).path("publicKeyPem").asString() : text;
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (ECPublicKeyParameters) PublicKeyFactory.createKey(SubjectPublicKeyInfo.getInstance(
                Base64.getDecoder().decode(base64)));
    }

    void verify(JsonNode document) {
        if (document.path("receipt").has("signedFields")) {
            receipt(document.path("receipt"), document.path("versions"));
        } else if (document.has("signedFields")) {
            receipt(document, null);
        } else if (document.has("inclusion")) {
            inclusion(document.path("entry"), document.path("inclusion"));
        } else if (document.has("first") && document.has("second")) {
            consistency(document);
        } else if (document.has("rootHash")) {
            head(document, "tree head");
        } else {
            check(false, "the document is neither a tree head, an inclusion proof, a consistency proof nor a receipt");
        }
    }

    /**
     * An incident version's receipt: the signature over its signed fields, the fields the receipt shows are those
     * signed, the version's content hashes to them when the incident's versions came with it, and the audit tree head
     * beside it is the platform's.
     */
    private void receipt(JsonNode receipt, JsonNode versions) {
        String fields = receipt.path("signedFields").asString();
        JsonNode signature = receipt.path("signature");
        boolean national = "SM2-SM3".equals(signature.path("algorithm").asString());
        boolean signed;
        try {
            signed = DocumentSigner.verify(national, key, fields.getBytes(StandardCharsets.UTF_8),
                    Base64.getDecoder().decode(signature.path("value").asString()));
        } catch (RuntimeException e) {
            signed = false;
        }
        long seq = receipt.path("seq").asLong();
        check(signed, "receipt of version " + seq + " of incident " + receipt.path("incidentId").asString()
                + ": signature " + signature.path("algorithm").asString() + " by the key given");
        JsonNode signedNode = JSON.readTree(fields);
        boolean same = signedNode.path("seq").asLong() == seq;
        for (String field : List.of("incidentId", "sha256", "hashAlgorithm", "hash")) {
            same &= signedNode.path(field).asString().equals(receipt.path(field).asString());
        }
        same &= Instant.parse(signedNode.path("submittedAt").asString())
                .equals(Instant.parse(receipt.path("submittedAt").asString()));
        check(same, "the receipt shows the fields that were signed (" + receipt.path("hashAlgorithm").asString()
                + " " + receipt.path("hash").asString() + ")");
        if (versions != null && versions.isArray()) {
            for (JsonNode version : versions) {
                if (version.path("seq").asLong() == seq && version.has("content")) {
                    byte[] content = version.path("content").asString().getBytes(StandardCharsets.UTF_8);
                    HashAlgorithm algorithm = HashAlgorithm.ofLabel(receipt.path("hashAlgorithm").asString());
                    check(HashAlgorithm.SHA_256.hex(content).equals(receipt.path("sha256").asString())
                                    && algorithm.hex(content).equals(receipt.path("hash").asString()),
                            "version " + seq + "'s content hashes to the receipt (SHA-256"
                                    + (algorithm == HashAlgorithm.SHA_256 ? "" : " and " + algorithm.label()) + ")");
                }
            }
        }
        if (receipt.hasNonNull("auditTreeHead")) {
            head(receipt.path("auditTreeHead"), "audit tree head given with the receipt");
        }
    }

    private SignedTreeHead head(JsonNode node, String name) {
        SignedTreeHead head = new SignedTreeHead(node.path("treeSize").asLong(), Instant.parse(
                node.path("timestamp").asString()), node.path("rootHash").asString(),
                node.path("hashAlgorithm").asString(), node.path("signatureAlgorithm").asString(),
                node.path("keyId").asString(), node.path("signature").asString());
        boolean national = "SM2-SM3".equals(head.signatureAlgorithm());
        boolean signed;
        try {
            signed = DocumentSigner.verify(national, key, head.signedData(), Base64.getDecoder().decode(
                    head.signature()));
        } catch (RuntimeException e) {
            signed = false;
        }
        check(signed, name + " of size " + head.treeSize() + " (root " + head.rootHash() + ", "
                + head.hashAlgorithm() + "): signature " + head.signatureAlgorithm() + " by the key given");
        return head;
    }

    private void inclusion(JsonNode entryNode, JsonNode proof) {
        SignedTreeHead head = head(proof.path("treeHead"), "tree head");
        AuditEntry entry = entry(entryNode);
        if (entryNode.path("contentWithheld").asBoolean(false)) {
            report.add("  entry " + entry.seq() + ": content withheld from this reader; only its hash is checked");
        } else {
            check(AuditChain.hash(entry).equals(entry.hash()), "entry " + entry.seq() + ": its hash "
                    + entry.hash() + " is the hash of its content and of the hash before it");
        }
        HashAlgorithm algorithm = HashAlgorithm.ofLabel(head.hashAlgorithm());
        long index = proof.path("leafIndex").asLong();
        check(index == entry.seq() - 1 && proof.path("treeSize").asLong() == head.treeSize(),
                "the proof is for leaf " + (entry.seq() - 1) + " of the tree of the head");
        check(MerkleTree.verifyInclusion(algorithm, index, head.treeSize(), MerkleTree.leafHash(algorithm,
                        HexFormat.of().parseHex(entry.hash())), hashes(proof.path("path")),
                        HexFormat.of().parseHex(head.rootHash())),
                "entry " + entry.seq() + " is in the tree of size " + head.treeSize() + " (inclusion proof, "
                        + hashCount(proof.path("path")) + ")");
    }

    private static String hashCount(JsonNode path) {
        return path.size() == 1 ? "1 hash" : path.size() + " hashes";
    }

    private void consistency(JsonNode proof) {
        SignedTreeHead first = head(proof.path("first"), "first tree head");
        SignedTreeHead second = head(proof.path("second"), "second tree head");
        check(first.hashAlgorithm().equals(second.hashAlgorithm()), "both heads are of the same tree");
        HashAlgorithm algorithm = HashAlgorithm.ofLabel(first.hashAlgorithm());
        check(MerkleTree.verifyConsistency(algorithm, first.treeSize(), second.treeSize(),
                        HexFormat.of().parseHex(first.rootHash()), HexFormat.of().parseHex(second.rootHash()),
                        hashes(proof.path("path"))),
                "the tree of size " + first.treeSize() + " is the beginning of the tree of size "
                        + second.treeSize() + " (consistency proof, " + hashCount(proof.path("path")) + ")");
    }

    private static AuditEntry entry(JsonNode e) {
        String organization = text(e, "actorOrganizationId");
        return new AuditEntry(e.path("seq").asLong(), Instant.parse(e.path("occurredAt").asString()),
                text(e, "actor"), organization == null ? null : UUID.fromString(organization), text(e, "action"),
                text(e, "objectType"), text(e, "objectId"), text(e, "summary"), text(e, "purpose"),
                text(e, "prevHash"), text(e, "hash"), HashAlgorithm.ofLabel(e.path("hashAlgorithm").asString()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        for (JsonNode hash : array) {
            hashes.add(HexFormat.of().parseHex(hash.asString()));
        }
        return hashes;
    }

    private void check(boolean holds, String what) {
        report.add((holds ? "  ok    " : "  FAIL  ") + what);
        valid &= holds;
    }
}
