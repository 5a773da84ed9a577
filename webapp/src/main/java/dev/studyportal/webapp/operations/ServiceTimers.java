package dev.studyportal.webapp.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;

/**
 * Times the {@link TimedCall}s around core's and the importer's services, from the outside: the
 * services stay free of Micrometer and of edits for it. Outermost of all advice on those services, so a
 * call's time includes its security check and its transaction's commit, as the person waiting sees it.
 */
final class ServiceTimers extends AbstractPointcutAdvisor {

    private final ObjectProvider<MeterRegistry> registries;
    private final Pointcut pointcut = new StaticMethodMatcherPointcut() {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return TimedCall.of(method, targetClass) != null;
        }
    };

    /**
     * Looked up on the first call: an advisor is made before the beans it advises, and the registry
     * must be made after them, with every binder Spring Boot applies to it.
     */
    private volatile @Nullable MeterRegistry registry;

    ServiceTimers(ObjectProvider<MeterRegistry> registries) {
        this.registries = registries;
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public Pointcut getPointcut() {
        return pointcut;
    }

    @Override
    public MethodInterceptor getAdvice() {
        return this::time;
    }

    private @Nullable Object time(MethodInvocation invocation) throws Throwable {
        Class<?> target = invocation.getThis() == null
                ? invocation.getMethod().getDeclaringClass()
                : invocation.getThis().getClass();
        TimedCall call = TimedCall.of(invocation.getMethod(), target);
        MeterRegistry meters = registry();
        if (call == null || meters == null) {
            return invocation.proceed();
        }
        Tags tags = call.tags(invocation.getArguments());
        Timer.Sample sample = Timer.start(meters);
        Object result;
        try {
            result = invocation.proceed();
        } catch (Throwable failure) {
            sample.stop(call.timer(meters, tags, call.outcome(failure)));
            throw failure;
        }
        sample.stop(call.timer(meters, tags, call.outcome(result)));
        return result;
    }

    private @Nullable MeterRegistry registry() {
        MeterRegistry found = registry;
        if (found == null) {
            found = registries.getIfAvailable();
            registry = found;
        }
        return found;
    }
}
