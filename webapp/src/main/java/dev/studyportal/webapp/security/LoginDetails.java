package dev.studyportal.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What a login form sends besides the username and password: the client's address, and the two-step code. */
public final class LoginDetails extends WebAuthenticationDetails {

    /** The login form's field for the code of a person's authenticator app. */
    public static final String CODE_PARAMETER = "code";

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient @Nullable String code;

    LoginDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter(CODE_PARAMETER);
    }

    @Nullable
    String code() {
        return code;
    }
}
