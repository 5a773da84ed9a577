package dev.studyportal.core.failure;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A short reference such as {@code E-3F9A0C} that names one logged failure. The person who ran into the failure
 * is told the reference, never the stack trace; whoever reads the log finds the trace under it.
 */
public final class FailureReference {

    private static final SecureRandom random = new SecureRandom();

    private FailureReference() {}

    /** A fresh reference: three random bytes are enough to tell one day's failures apart. */
    public static String next() {
        byte[] bytes = new byte[3];
        random.nextBytes(bytes);
        return "E-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
