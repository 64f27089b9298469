package org.ciip.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A running test CIIP keeps the system's time on a {@link MovableClock} that a test may move forward and back. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClocks {

    @Bean
    @Primary
    MovableClock testClock() {
        return MovableClock.ofSystem();
    }
}
