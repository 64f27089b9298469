package org.ciip.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ciip.audit.chain.ChainVerifier;
import org.ciip.audit.tree.AuditTree;
import org.ciip.audit.SignedTreeHead;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Append-only, hash-chained trail of every change (Art. 30), a verifiable "
        + "log as RFC 9162 defines one")
class AuditApiController {

    static final int MOST_HEADS = 1_000;

    private final AuditReader reader;
    private final AuditTree tree;

    AuditApiController(AuditReader reader, AuditTree tree) {
        this.reader = reader;
        this.tree = tree;
    }

    @GetMapping("/verification")
    @Operation(summary = "Recompute the hash chain and the signed tree heads, and report the first entry or head "
            + "that fails")
    ChainVerifier.Verification verification() {
        AuditReader.requireMayVerify(Actors.current());
        return reader.verify();
    }

    @GetMapping("/tree-heads/latest")
    @Operation(summary = "The latest signed tree head: the size and root of the audit tree, signed by the platform")
    SignedTreeHead latestHead() {
        return tree.latest().orElseThrow(() -> ApiException.notFound("signed tree head"));
    }

    @GetMapping("/tree-heads")
    @Operation(summary = "The signed tree heads after a size, smallest first (export them all page by page)")
    List<SignedTreeHead> heads(@RequestParam(required = false) Long after,
            @RequestParam(required = false) Integer limit) {
        if (after != null && after < 0) {
            throw ApiException.invalid("after", "The tree size to list heads after is 0 or more");
        }
        if (limit != null && (limit < 1 || limit > MOST_HEADS)) {
            throw ApiException.invalid("limit", "Ask for 1 to " + MOST_HEADS + " heads at a time");
        }
        return tree.heads(after == null ? 0 : after, limit == null ? 100 : limit);
    }

    @GetMapping("/tree-heads/consistency")
    @Operation(summary = "The proof that the tree of one signed head is the beginning of the tree of a later one")
    AuditTree.ConsistencyProof consistency(@RequestParam(required = false) Long first,
            @RequestParam(required = false) Long second) {
        SignedTreeHead from = signedHead("first", first);
        SignedTreeHead to = signedHead("second", second);
        if (from.treeSize() > to.treeSize()) {
            throw ApiException.invalid("first", "The first head must not be larger than the second");
        }
        return tree.consistency(from, to);
    }

    @GetMapping("/entries/{seq}/inclusion")
    @Operation(summary = "The proof that an entry is in the tree of a signed head (the latest unless treeSize names "
            + "another), with the entry as hashed")
    ProvenEntry inclusion(@PathVariable long seq, @RequestParam(required = false) Long treeSize) {
        ProvenEntry.Entry entry = reader.sealedEntry(Actors.current(), seq)
                .orElseThrow(() -> ApiException.notFound("audit entry"));
        SignedTreeHead head = treeSize == null
                ? tree.latest().orElseThrow(() -> ApiException.conflict(
                        "No tree head has been signed yet; ask again in a few seconds."))
                : signedHead("treeSize", treeSize);
        if (seq > head.treeSize()) {
            throw ApiException.conflict("The entry is newer than the signed tree head of size " + head.treeSize()
                    + "; ask again in a few seconds, or for a later head.");
        }
        return new ProvenEntry(entry, tree.inclusion(seq, head));
    }

    private SignedTreeHead signedHead(String field, Long size) {
        if (size == null) {
            throw ApiException.invalid(field, "Name the size of a signed tree head");
        }
        return tree.head(size).orElseThrow(() -> ApiException.invalid(field,
                "No tree head of size " + size + " was signed; list them at /api/v1/audit/tree-heads"));
    }
}
