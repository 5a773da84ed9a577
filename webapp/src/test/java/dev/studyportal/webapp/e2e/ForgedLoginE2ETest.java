package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.TestLearners;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Login CSRF in a real browser: a page of another origin (127.0.0.1 on a port of its own, where the
 * portal is at localhost) submits a login form for the attacker's account as soon as it opens. The
 * visitor must not end up signed in as the attacker.
 */
class ForgedLoginE2ETest extends ChromiumJourney {

    @Autowired
    AccountService accounts;

    HttpServer attackersSite;

    @AfterEach
    void closeTheAttackersSite() {
        if (attackersSite != null) {
            attackersSite.stop(0);
        }
    }

    @Test
    void a_login_form_auto_submitted_by_another_site_signs_the_visitor_into_nothing() throws Exception {
        TestLearners.ensure(accounts, "mallory");
        String page = """
                <!doctype html><html><body>
                <form id="forged" method="POST" action="%s">
                  <input name="username" value="mallory"><input name="password" value="%s">
                </form>
                <script>document.getElementById('forged').submit();</script>
                </body></html>""".formatted(url("/login"), TestLearners.PASSWORD);
        attackersSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attackersSite.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        attackersSite.start();

        browser.get("http://127.0.0.1:" + attackersSite.getAddress().getPort() + "/");
        wait.until(ExpectedConditions.urlContains("localhost:" + port));

        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        assertThat(browser.getPageSource()).doesNotContain("Welcome, mallory");
    }
}
