package org.ciip.demo;

import java.time.Clock;
import java.util.List;
import org.ciip.identity.Accounts;
import org.ciip.shared.Actors;
import org.ciip.sharing.CollectionView;
import org.ciip.sharing.SharingGroups;
import org.ciip.sharing.ThreatExchange;
import org.springframework.stereotype.Component;

/**
 * The demo world's threat sharing (Art. 23): CAC's national collection, the energy and finance departments' sector
 * collections, and an indicator the energy department shared with its sector.
 */
@Component
class DemoSharing {

    private final Accounts accounts;
    private final SharingGroups groups;
    private final ThreatExchange exchange;
    private final Clock clock;

    DemoSharing(Accounts accounts, SharingGroups groups, ThreatExchange exchange, Clock clock) {
        this.accounts = accounts;
        this.groups = groups;
        this.exchange = exchange;
        this.clock = clock;
    }

    void seed() {
        boolean seeded = accounts.runAs("energy-dept", () -> groups.collections(Actors.current()).stream()
                .anyMatch(c -> "ENERGY".equals(c.sector())));
        if (seeded) {
            return;
        }
        accounts.runAs("cac", () -> groups.open(Actors.current(), new SharingGroups.OpenRequest(null,
                "全国网络安全威胁信息共享", "National threat information sharing",
                "国家网信部门统筹的威胁、漏洞和事件信息共享 (Art. 23)")));
        accounts.runAs("finance-dept", () -> groups.open(Actors.current(), new SharingGroups.OpenRequest("FINANCE",
                "金融行业威胁信息共享", "Finance sector threat sharing", null)));
        CollectionView energy = accounts.runAs("energy-dept", () -> groups.open(Actors.current(),
                new SharingGroups.OpenRequest("ENERGY", "能源行业威胁信息共享", "Energy sector threat sharing",
                        "能源行业运营者与保护工作部门共享的指标和目击")));
        accounts.runAs("energy-dept", () -> exchange.submitIndicator(Actors.current(), energy.id(),
                new ThreatExchange.IndicatorSubmission("GridLocker 勒索软件控制服务器 C2 server",
                        "Seen against substation HMIs in three provinces", "[ipv4-addr:value = '203.0.113.45']",
                        List.of("malicious-activity"), null, null, "GREEN", List.of()), clock.instant()));
    }
}
