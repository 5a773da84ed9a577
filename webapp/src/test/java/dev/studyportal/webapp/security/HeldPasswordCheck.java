package dev.studyportal.webapp.security;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Another person's password check, stopped at its first read of the password for as long as a test likes: in a
 * portal that runs one check at a time ({@code studyportal.security.password-checks-at-once=1}) every other check
 * waits for it, and past {@code studyportal.security.password-check-wait} is refused as busy.
 */
public final class HeldPasswordCheck implements AutoCloseable {

    private final HeldPassword password = new HeldPassword("somebody else's password");
    private final Thread check;

    private HeldPasswordCheck(PasswordEncoder passwords) {
        String hash = passwords.encode(password.text);
        check = Thread.ofPlatform().name("held password check").start(() -> passwords.matches(password, hash));
    }

    /** @return once the held check has its turn */
    public static HeldPasswordCheck hold(PasswordEncoder passwords) throws InterruptedException {
        HeldPasswordCheck held = new HeldPasswordCheck(passwords);
        if (!held.password.checking.await(10, TimeUnit.SECONDS)) {
            held.close();
            throw new IllegalStateException("The held password check never had its turn");
        }
        return held;
    }

    @Override
    public void close() throws InterruptedException {
        password.release.countDown();
        check.join();
    }

    private static final class HeldPassword implements CharSequence {

        final String text;
        final CountDownLatch checking = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        HeldPassword(String text) {
            this.text = text;
        }

        private String read() {
            if (checking.getCount() > 0) {
                checking.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return text;
        }

        @Override
        public int length() {
            return read().length();
        }

        @Override
        public char charAt(int index) {
            return read().charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return read().subSequence(start, end);
        }

        @Override
        public String toString() {
            return read();
        }
    }
}
