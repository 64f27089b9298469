package org.ciip.audit;

import java.util.UUID;
import org.ciip.shared.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * 428: the reader must state why it opens an operator's protected records before they are shown (Art. 30). The API
 * answers a problem naming the purposes to choose from; a page sends the reader to the purpose form and back.
 */
public class PurposeRequired extends ApiException {

    private final UUID operatorId;

    PurposeRequired(UUID operatorId) {
        super(HttpStatus.PRECONDITION_REQUIRED, "purpose-required", "Purpose required",
                "State why you open this operator's protected records (Art. 30): send purpose (one of "
                        + String.join(", ", Purpose.STATED_CODES) + ") and purposeNote (your words), as query "
                        + "parameters or as the headers CIIP-Purpose and CIIP-Purpose-Note.", null);
        this.operatorId = operatorId;
        getBody().setProperty("purposes", Purpose.STATED_CODES);
    }

    public UUID operatorId() {
        return operatorId;
    }
}
