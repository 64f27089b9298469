package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scope of a testing authorization (Art. 31): source addresses and targets, without any name lookup. */
class TestingScopeTest {

    final TestingScope scope = new TestingScope(List.of("203.0.113.7", "198.51.100.0/24", "2001:db8:1::/48"),
            List.of(new TestingScope.Target("HOST", "10.20.0.5"), new TestingScope.Target("HOST", "scada.grid.cn"),
                    new TestingScope.Target("RANGE", "10.30.0.0/16"),
                    new TestingScope.Target("URL", "https://portal.grid.cn/app/"),
                    new TestingScope.Target("APPLICATION", "Dispatch HMI")));

    @Test
    void aSourceIsInScopeWhenItIsOneOfTheAddressesOrInsideOneOfTheRanges() {
        assertThat(scope.sourceInScope("203.0.113.7")).isTrue();
        assertThat(scope.sourceInScope("198.51.100.254")).isTrue();
        assertThat(scope.sourceInScope("2001:db8:1:ffff::1")).isTrue();
        assertThat(scope.sourceInScope("203.0.113.8")).as("a third address").isFalse();
        assertThat(scope.sourceInScope("198.51.101.1")).as("just outside the /24").isFalse();
        assertThat(scope.sourceInScope("2001:db8:2::1")).as("outside the /48").isFalse();
    }

    @Test
    void aSourceThatIsNoAddressLiteralIsNeverInScopeAndIsNotLookedUp() {
        assertThat(scope.sourceInScope("localhost")).isFalse();
        assertThat(scope.sourceInScope("203.0.113.007")).as("leading zeros are ambiguous").isFalse();
        assertThat(scope.sourceInScope("1:2:3")).isFalse();
        assertThat(scope.sourceInScope(null)).isFalse();
    }

    @Test
    void aTargetIsInScopeByHostRangeUrlPrefixOrApplicationName() {
        assertThat(scope.targetInScope("10.20.0.5")).isTrue();
        assertThat(scope.targetInScope("SCADA.grid.cn")).as("host names compare without case").isTrue();
        assertThat(scope.targetInScope("10.30.255.1")).isTrue();
        assertThat(scope.targetInScope("https://portal.grid.cn/app/login")).isTrue();
        assertThat(scope.targetInScope("https://portal.grid.cn/app")).isTrue();
        assertThat(scope.targetInScope("https://10.20.0.5/admin")).as("a URL on a host in scope").isTrue();
        assertThat(scope.targetInScope("dispatch hmi")).isTrue();
        assertThat(scope.targetInScope("https://portal.grid.cn/application")).as("not under the URL").isFalse();
        assertThat(scope.targetInScope("10.31.0.1")).isFalse();
        assertThat(scope.targetInScope("mail.grid.cn")).isFalse();
        assertThat(scope.targetInScope(" ")).isFalse();
    }

    @Test
    void sourcesAndTargetsAreCheckedWhenRequested() {
        assertThat(TestingScope.sourceProblem("198.51.100.0/24")).isEmpty();
        assertThat(TestingScope.sourceProblem("2001:db8::/129")).isPresent();
        assertThat(TestingScope.sourceProblem("evil.example")).isPresent();
        assertThat(TestingScope.targetProblem("HOST", "scada.grid.cn")).isEmpty();
        assertThat(TestingScope.targetProblem("HOST", "not a host")).isPresent();
        assertThat(TestingScope.targetProblem("RANGE", "10.0.0.0/33")).isPresent();
        assertThat(TestingScope.targetProblem("URL", "ftp://x")).isPresent();
        assertThat(TestingScope.targetProblem("URL", "https://portal.grid.cn/")).isEmpty();
    }
}
