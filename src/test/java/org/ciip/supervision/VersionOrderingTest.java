package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each ecosystem orders versions as its own tools do, and a range's edges fall where the ecosystem puts them. */
class VersionOrderingTest {

    static void ordered(Ecosystem ecosystem, String... versions) {
        for (int i = 0; i + 1 < versions.length; i++) {
            assertThat(ecosystem.compare(versions[i], versions[i + 1])).as("%s < %s", versions[i], versions[i + 1])
                    .isNegative();
            assertThat(ecosystem.compare(versions[i + 1], versions[i])).isPositive();
        }
    }

    @Test
    void mavenOrdersQualifiersAsMavenDoes() {
        ordered(Ecosystem.MAVEN, "2.0-alpha-1", "2.0-beta-1", "2.0-rc-1", "2.0-SNAPSHOT", "2.0", "2.0-sp1", "2.0.1",
                "2.14.1", "2.15.0", "2.17.0", "2.17.1", "10.0");
        assertThat(Ecosystem.MAVEN.compare("2.0", "2.0.0")).isZero();
        assertThat(Ecosystem.MAVEN.compare("1.0-ga", "1.0")).isZero();
    }

    @Test
    void npmOrdersBySemanticVersioningPrecedence() {
        ordered(Ecosystem.NPM, "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0");
        assertThat(Ecosystem.NPM.compare("1.0.0+build.1", "1.0.0+build.2")).as("build metadata").isZero();
        assertThat(Ecosystem.NPM.compare("v4.17.21", "4.17.21")).isZero();
    }

    @Test
    void pypiOrdersByPep440() {
        ordered(Ecosystem.PYPI, "1.0.dev1", "1.0a1.dev1", "1.0a1", "1.0a2", "1.0b1", "1.0rc1", "1.0", "1.0.post1.dev1",
                "1.0.post1", "1.1", "1.10", "1!0.1");
        assertThat(Ecosystem.PYPI.compare("1.0", "1.0.0")).isZero();
        assertThat(Ecosystem.PYPI.compare("1.0-1", "1.0.post1")).isZero();
        assertThat(Ecosystem.PYPI.compare("1.0RC1", "1.0rc1")).isZero();
    }

    @Test
    void otherEcosystemsCompareNumbersAsNumbers() {
        ordered(Ecosystem.GENERIC, "1.2", "1.2.3", "1.10", "2.0beta", "2.0");
        assertThat(Ecosystem.GENERIC.compare("3.0", "3.0.0")).isZero();
    }

    @Test
    void aRangeIncludesIntroducedAndExcludesFixedOrIncludesLastAffected() {
        VersionRange log4Shell = new VersionRange("2.0-beta9", "2.15.0", null);
        assertThat(List.of("2.0-beta8", "2.0-beta9", "2.14.1", "2.15.0", "2.17.1").stream()
                .map(v -> log4Shell.contains(Ecosystem.MAVEN, v)).toList())
                .containsExactly(false, true, true, false, false);
        VersionRange lodash = new VersionRange(null, null, "4.17.20");
        assertThat(lodash.contains(Ecosystem.NPM, "4.17.20")).isTrue();
        assertThat(lodash.contains(Ecosystem.NPM, "4.17.21")).isFalse();
        assertThat(lodash.contains(Ecosystem.NPM, "4.17.21-rc.1")).as("a pre-release of 4.17.21").isFalse();
        assertThat(lodash.contains(Ecosystem.NPM, "4.17.20-rc.1")).isTrue();
        VersionRange django = new VersionRange("4.0", "4.2.1", null);
        assertThat(django.contains(Ecosystem.PYPI, "4.2.1rc1")).as("before 4.2.1").isTrue();
        assertThat(django.contains(Ecosystem.PYPI, "4.2.1")).isFalse();
        assertThat(django.contains(Ecosystem.PYPI, "4.0.dev1")).as("before 4.0").isFalse();
        assertThat(new VersionRange("1.0", null, null).contains(Ecosystem.NPM, "not-a-version")).isFalse();
    }

    @Test
    void aRangeWithItsBoundsOutOfOrderOrUnreadableIsNamed() {
        assertThat(new VersionRange("2.0", "1.9", null).problem(Ecosystem.MAVEN)).contains("fixed must come after");
        assertThat(new VersionRange("2.0.0", "2.0.0", null).problem(Ecosystem.NPM)).contains("fixed must come after");
        assertThat(new VersionRange("2.0.0", null, "2.0.0").problem(Ecosystem.NPM)).isNull();
        assertThat(new VersionRange("1.0", "2.0", "1.5").problem(Ecosystem.MAVEN)).contains("one upper bound");
        assertThat(new VersionRange(null, null, null).problem(Ecosystem.MAVEN)).contains("at least one");
        assertThat(new VersionRange("1.x", "2.0.0", null).problem(Ecosystem.NPM)).contains("not a version of NPM");
        assertThat(Ecosystem.ofPurlType("pypi")).isEqualTo(Ecosystem.PYPI);
        assertThat(Ecosystem.ofPurlType("golang")).isEqualTo(Ecosystem.GENERIC);
    }
}
