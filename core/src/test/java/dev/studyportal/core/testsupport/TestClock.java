package dev.studyportal.core.testsupport;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock every Spring test context of core, importer and webapp holds: core's component scan finds this
 * class (core's test jar is on their test class path), so a test autowires {@link MutableClock} and moves it.
 * It is shared by every test of a cached context: a test that depends on the time sets it first.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    /** 10:30 UTC: 23:30 the same day in Auckland (UTC+13), 00:30 the same day in Honolulu (UTC-10). */
    public static final Instant START = Instant.parse("2026-11-25T10:30:00Z");

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(START);
    }
}
