package org.ciip.supervision;

import java.util.List;

/**
 * The two ways Art. 31 allows testing of CII: authorized by the operator and its protection department, or approved by
 * CAC and MPS (testing not arranged with the operator, such as national detection). Each names the approvals needed.
 */
public enum TestingRoute {
    OPERATOR(List.of(ApprovalParty.OPERATOR, ApprovalParty.DEPARTMENT)),
    NATIONAL(List.of(ApprovalParty.CAC, ApprovalParty.MPS));

    private final List<ApprovalParty> approvals;

    TestingRoute(List<ApprovalParty> approvals) {
        this.approvals = approvals;
    }

    public List<ApprovalParty> approvals() {
        return approvals;
    }

    /** Who approves a step of a testing authorization. */
    public enum ApprovalParty {
        OPERATOR, DEPARTMENT, CAC, MPS
    }
}
