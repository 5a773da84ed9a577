package dev.studyportal.webapp.security;

import static dev.studyportal.webapp.security.LoginRequests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Logins through the real form login (POST /login) against the real account store and throttles. */
@PortalTest
class LoginThrottlingTest {

    static final String WRONG = "not the password at all";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = LoginRequests.mockMvc(context);
    }

    @Test
    void ten_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        TestLearners.ensure(accounts, "guessed");
        for (int i = 1; i < 10; i++) {
            mvc.perform(login("guessed", WRONG, "10.1.1." + i)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(login("guessed", WRONG, "10.1.1.10")).andExpect(redirectedUrl("/login?locked=15"));

        mvc.perform(login("guessed", TestLearners.PASSWORD, "10.1.1.11"))
                .andExpect(redirectedUrl("/login?locked=15"))
                .andExpect(unauthenticated());
    }

    @Test
    void a_name_without_an_account_is_locked_just_the_same() throws Exception {
        for (int i = 1; i < 10; i++) {
            mvc.perform(login("no-such-person", WRONG, "10.1.2." + i)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(login("no-such-person", WRONG, "10.1.2.10")).andExpect(redirectedUrl("/login?locked=15"));
    }

    @Test
    void a_successful_login_starts_the_count_again() throws Exception {
        TestLearners.ensure(accounts, "forgetful");
        for (int i = 0; i < 9; i++) {
            mvc.perform(login("forgetful", WRONG, "10.1.3.1"));
        }
        mvc.perform(login("forgetful", TestLearners.PASSWORD, "10.1.3.1")).andExpect(authenticated());

        for (int i = 0; i < 9; i++) {
            mvc.perform(login("forgetful", WRONG, "10.1.3.1"));
        }

        mvc.perform(login("forgetful", TestLearners.PASSWORD, "10.1.3.1")).andExpect(authenticated());
    }

    @Test
    void twenty_failures_from_one_address_refuse_that_address_but_no_other() throws Exception {
        TestLearners.ensure(accounts, "bystander");
        for (int i = 1; i < 20; i++) {
            mvc.perform(login("sweep" + i, WRONG, "10.1.4.1")).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(login("sweep20", WRONG, "10.1.4.1")).andExpect(redirectedUrl("/login?locked=15"));

        mvc.perform(login("bystander", TestLearners.PASSWORD, "10.1.4.1"))
                .andExpect(redirectedUrl("/login?locked=15"))
                .andExpect(unauthenticated());
        mvc.perform(login("bystander", TestLearners.PASSWORD, "10.1.4.2")).andExpect(authenticated());
    }

    @Test
    void a_bcrypt_hash_from_before_argon2id_logs_in_and_is_upgraded() throws Exception {
        TestLearners.ensure(accounts, "veteran");
        jdbc.update(
                "UPDATE user_account SET password_hash = ? WHERE username = 'veteran'",
                "{bcrypt}" + new BCryptPasswordEncoder(10).encode(TestLearners.PASSWORD));

        mvc.perform(login("veteran", TestLearners.PASSWORD, "10.1.5.1")).andExpect(authenticated());

        assertThat(jdbc.queryForObject(
                        "SELECT password_hash FROM user_account WHERE username = 'veteran'", String.class))
                .startsWith("{argon2}$argon2id$");
    }
}
