package org.ciip.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.ciip.notification.webhook.WebhookTargets;
import org.junit.jupiter.api.Test;

/**
 * A webhook reaches only public https receivers (issue 23, finding 5): no credentials in the URL, no loopback, private,
 * link-local or other internal address, whether written as an address or reached through a name, unless the host is
 * on the allow-list of on-premises receivers.
 */
class WebhookTargetsTest {

    /** Names resolve from a table, as DNS would answer them. */
    static final Map<String, String> DNS = Map.of("receiver.example.org", "93.184.216.34",
            "rebound.example.org", "10.20.30.40", "metadata.example.org", "169.254.169.254",
            "siem.corp.example", "10.1.1.1");

    static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.containsKey(host) ? DNS.get(host) : host.matches("[0-9a-fA-F:.]+") ? host : null;
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    final WebhookTargets targets = new WebhookTargets(List.of("SIEM.corp.example"), false,
            WebhookTargetsTest::resolve);

    static void refused(WebhookTargets targets, String url, String reason) {
        assertThatThrownBy(() -> targets.check(url)).as(url).isInstanceOf(WebhookTargets.Refused.class)
                .hasMessageContaining(reason);
    }

    @Test
    void aPublicHttpsReceiverIsAcceptedByNameOrAddress() throws Exception {
        assertThat(targets.check("https://receiver.example.org/ciip").toString())
                .isEqualTo("https://receiver.example.org/ciip");
        assertThat(targets.check("https://93.184.216.34:8443/hook").getPort()).isEqualTo(8443);
    }

    @Test
    void internalAddressesAreRefusedWrittenAsAddressesOrReachedThroughANameThatResolvesInward() {
        refused(targets, "https://127.0.0.1:1/internal", "loopback");
        refused(targets, "https://[::1]/hook", "loopback");
        refused(targets, "https://10.0.0.5/hook", "private");
        refused(targets, "https://192.168.1.10/hook", "private");
        refused(targets, "https://172.16.0.1/hook", "private");
        refused(targets, "https://169.254.169.254/latest/meta-data", "link-local");
        refused(targets, "https://[fe80::1]/hook", "link-local");
        refused(targets, "https://[fd12:3456::1]/hook", "unique local");
        refused(targets, "https://100.64.0.1/hook", "carrier-grade NAT");
        refused(targets, "https://0.0.0.0/hook", "unspecified");
        refused(targets, "https://[::ffff:10.0.0.1]/hook", "private");
        refused(targets, "https://rebound.example.org/hook", "private address 10.20.30.40");
        refused(targets, "https://metadata.example.org/hook", "link-local");
        refused(targets, "https://nowhere.example.org/hook", "does not resolve");
    }

    @Test
    void aUrlWithCredentialsOrNotHttpsIsRefusedAndTheAllowListAdmitsAnOnPremisesReceiver() throws Exception {
        refused(targets, "https://user:secret@receiver.example.org/hook", "user name or password");
        refused(targets, "http://receiver.example.org/hook", "https://");
        refused(targets, "ftp://receiver.example.org/hook", "https://");
        refused(targets, "not a url", "");
        assertThat(targets.check("https://siem.corp.example/ciip").getHost()).isEqualTo("siem.corp.example");
        refused(new WebhookTargets(List.of(), false, WebhookTargetsTest::resolve), "http://127.0.0.1:8080/x",
                "https://");
        assertThat(new WebhookTargets(List.of(), true, WebhookTargetsTest::resolve).check("http://127.0.0.1:8080/x")
                .getScheme()).as("the tests' own receiver, with the test setting").isEqualTo("http");
    }
}
