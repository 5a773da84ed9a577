package dev.studyportal.webapp.security;

import dev.studyportal.core.account.Role;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The portal acting by itself while nobody is signed in, such as the demo profile creating its accounts
 * at start-up. Services check every caller (core.access), so such work runs with an administrator's
 * rights of its own, under a name no account can have (usernames hold no colon): logs tell it apart, and
 * no check of a person's own data can mistake it for one.
 */
@Component
public class PortalItself {

    static final String NAME = "portal:start-up";

    private final SecurityContextHolderStrategy holder;

    // The strategy method security reads (Vaadin's, aware of its sessions), not necessarily the global one.
    PortalItself(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Runs the work as the portal's own administrator, then puts back whatever context was there. */
    public void actAsAdministrator(Runnable work) {
        runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        NAME, null, List.of(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()))),
                work);
    }

    /**
     * Runs the work signed in as this learner, for what must be made in a learner's own name (the demo's
     * study plans: services let only a learner change their own data), then puts back whatever was there.
     * Only the portal by itself may: on a thread where nobody, not even an anonymous visitor, is signed in.
     *
     * @throws AccessDeniedException when called on behalf of anyone, so no request can borrow a learner's name
     */
    public void actAsLearner(String username, Runnable work) {
        if (holder.getContext().getAuthentication() != null) {
            throw new AccessDeniedException("Only the portal by itself acts in a learner's name");
        }
        runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_" + Role.LEARNER.name()))),
                work);
    }

    private void runAs(Authentication authentication, Runnable work) {
        SecurityContext before = holder.getContext();
        SecurityContext acting = holder.createEmptyContext();
        acting.setAuthentication(authentication);
        holder.setContext(acting);
        try {
            work.run();
        } finally {
            holder.setContext(before);
        }
    }
}
