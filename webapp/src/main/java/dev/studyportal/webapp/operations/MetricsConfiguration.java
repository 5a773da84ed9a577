package dev.studyportal.webapp.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/** The service timers and their registration at start-up. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /**
     * Static and infrastructure: advisors are picked up by the proxy creator that already wraps the
     * services for transactions and method security, before any service exists.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static ServiceTimers serviceTimers(ObjectProvider<MeterRegistry> registry) {
        return new ServiceTimers(registry);
    }

    /** Every timer at zero from the start: a dashboard or an alert on it works before the first call. */
    @Bean
    ExpectedTimers expectedTimers(MeterRegistry registry) {
        return new ExpectedTimers(TimedCall.registerExpected(registry));
    }

    record ExpectedTimers(List<Timer> timers) {}
}
