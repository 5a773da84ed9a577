package dev.studyportal.webapp;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class whose portal context differs from the shared one ({@code @ExtendWith(SeparatePortal.class)}).
 * Vaadin's auto-configuration puts each new application context's security context strategy into
 * Spring Security's static holder; left there, the shared portal context would read a strategy
 * nobody writes to, and the next {@code @WithMockUser} test would meet the login page. The strategy
 * from before the class is put back after it. Taken before the class's context exists: Spring makes
 * it only when the first test instance is prepared.
 */
public final class SeparatePortal implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SeparatePortal.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE)
                .put(SecurityContextHolderStrategy.class, SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(context.getStore(NAMESPACE)
                .get(SecurityContextHolderStrategy.class, SecurityContextHolderStrategy.class));
    }
}
