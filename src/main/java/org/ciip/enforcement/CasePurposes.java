package org.ciip.enforcement;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.ciip.audit.Purpose;
import org.ciip.audit.PurposeSource;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.springframework.stereotype.Component;

/** A read of an operator's records by an authority with an open case against it is read for that case. */
@Component
class CasePurposes implements PurposeSource {

    private final Cases cases;
    private final Clock clock;

    CasePurposes(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public Optional<Purpose> purposeFor(Actor reader, UUID operatorId) {
        return cases.openAgainst(reader.organizationId(), operatorId, LegalTime.today(clock)).stream().findFirst()
                .map(c -> Purpose.of("CASE", c.number()));
    }
}
