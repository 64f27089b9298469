package org.ciip.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionChangesTest {

    private static IncidentView.Version version(int seq, String content) {
        return new IncidentView.Version(seq, "SUPPLEMENT", Instant.EPOCH, "grid-officer", "0".repeat(64), "SHA-256",
                "0".repeat(64), content,
                List.of());
    }

    @Test
    void eachLaterVersionListsTheFieldsItAddsOrChangesAndIgnoresEmptyOnes() {
        List<IncidentView.Version> versions = IncidentContent.withChanges(List.of(
                version(1, "{\"cause\":\"\",\"summary\":\"Ransomware\",\"trend\":\"Spreading\"}"),
                version(2, "{\"cause\":\"Unpatched VPN\",\"development\":\"Contained\",\"trend\":\"Spreading\"}"),
                version(3, "{\"trend\":\"Stopped\",\"other\":null}")));
        assertThat(versions.get(0).changes()).isEmpty();
        assertThat(versions.get(1).changes()).extracting(c -> c.field() + ":" + c.from() + "->" + c.to())
                .containsExactly("cause:null->Unpatched VPN", "development:null->Contained");
        assertThat(versions.get(2).changes()).extracting(c -> c.field() + ":" + c.from() + "->" + c.to())
                .containsExactly("trend:Spreading->Stopped");
    }
}
