package org.ciip.audit;

import java.util.Optional;

/**
 * The signed tree heads of the audit trail (docs/audit.md), as other modules hand them out: with a receipt, the latest
 * head lets its holder ask later for the proof that the trail only grew since.
 */
public interface SignedTreeHeads {

    /** The latest signed tree head of the deployment's tree, if one was signed yet. */
    Optional<SignedTreeHead> latest();
}
