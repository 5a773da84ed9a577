package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.studyportal.webapp.security.PortalUser;
import org.springframework.stereotype.Component;

/**
 * A password an administrator set must not become its owner's lasting one (OWASP ASVS 5.0 6.4.1):
 * signed in with it, a person is taken to {@link ChoosePasswordView} from wherever they go, until they
 * have chosen their own. Their session is then signed in again without the mark.
 */
@Component
class PasswordChoiceRequired implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    PasswordChoiceRequired(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::holdUntilChosen));
    }

    private void holdUntilChosen(BeforeEnterEvent event) {
        boolean due = authentication
                .getAuthenticatedUser(Object.class)
                .map(principal -> principal instanceof PortalUser person && person.passwordChangeDue())
                .orElse(false);
        if (due && event.getNavigationTarget() != ChoosePasswordView.class) {
            event.rerouteTo(ChoosePasswordView.class);
        }
    }
}
