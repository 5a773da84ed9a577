package dev.studyportal.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Vaadin Flow 25's own protocol as a browser speaks it (../shared/VAADIN-LOAD.md): the page, the UI's
 * init, the navigation that builds the view, and one POST per interaction carrying the UI's security key
 * and the sync and client ids of the last answer. Session attributes: {@code csrf} (Spring's, from the
 * page), {@code uiId}, {@code key}, {@code syncId}, {@code clientId}.
 */
final class VaadinProtocol {

    /** What a browser sends with the init request; fixed values, the portal reads none of them. */
    private static final String BROWSER = "&v-sw=1920&v-sh=1080&v-ww=1900&v-wh=1000&v-bw=1900&v-bh=1000"
            + "&v-curdate=1764028800000&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false&v-tzid=UTC&v-td=1&v-pr=1"
            + "&v-np=Linux%20x86_64";

    /** An error the UIDL answer would show the learner, or a lost session: each counts as a failed request. */
    private static final String VAADIN_TROUBLE = "appError|sessionExpired|Vaadin-Refresh|Something went wrong"
            + "|cannot reach its database";

    private VaadinProtocol() {
    }

    /** The HTML page of a route; it carries Spring Security's CSRF token in a meta tag. */
    static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200),
                regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf"));
    }

    /** Init of a UI at a route, then the navigation that builds its view; saves the view's answer as {@code view}.
     * The query is a session expression, such as {@code #{afterQuery}}. */
    static ChainBuilder open(String name, String route, String query) {
        return exec(http(name + " init")
                .get("/?v-r=init&location=" + route + "&query=" + query + "&v-wn=v-load-#{username}" + BROWSER)
                .check(status().is(200), regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                        regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("key")))
                .exec(session -> session.set("syncId", 0).set("clientId", 0).set("queryNow", query.startsWith("#{")
                        ? session.getString(query.substring(2, query.length() - 1)) : query))
                .exec(uidl(name + " navigate", session -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        + "\"data\":{\"route\":\"" + route + "\",\"query\":\"" + session.getString("queryNow") + "\",\"appShellTitle\":\"\","
                        + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}",
                        regex("[\\s\\S]*").saveAs("view")));
    }

    /** One POST to the UI with the given invocations (a JSON array's elements); saves the next ids. */
    static HttpRequestActionBuilder uidl(String name, java.util.function.Function<Session, String> rpc,
                                         CheckBuilder... extra) {
        CheckBuilder[] checks = new CheckBuilder[5 + extra.length];
        checks[0] = status().is(200);
        checks[1] = jsonPath("$.syncId").ofInt().saveAs("syncId");
        checks[2] = jsonPath("$.clientId").ofInt().saveAs("clientId");
        checks[3] = regex(VAADIN_TROUBLE).notExists();
        checks[4] = responseTimeInMillis().saveAs("took");
        System.arraycopy(extra, 0, checks, 5, extra.length);
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("key") + "\",\"rpc\":["
                        + rpc.apply(session) + "],\"syncId\":" + session.getInt("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + "}"))
                .check(checks);
    }

    static String click(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{}}";
    }

    /** A field's new value travels with the click, as a browser sends it. */
    static String typeAndClick(int field, String value, int button) {
        return "{\"type\":\"mSync\",\"node\":" + field + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + value
                + "\"},{\"type\":\"event\",\"node\":" + field + ",\"event\":\"change\",\"data\":{}}," + click(button);
    }

    /**
     * Form login as the portal's login page does it, from a protected route: the route's redirect to the login
     * page, the login view's own UI (a browser opens it, and it stays in the session until its heartbeat ends),
     * the form POST, and back at the route with {@code ?continue}. Saves the login POST's time as {@code loginTook}.
     */
    static ChainBuilder signIn(String route) {
        return exec(page("login page", "/" + route)).exitHereIfFailed()
                .exec(open("login view", "login", "")).exitHereIfFailed()
                .exec(http("login").post("/login")
                        .formParam("_csrf", "#{csrf}").formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .disableFollowRedirect()
                        // A refused login goes back to the login page; only the way on counts.
                        .check(status().is(302), responseTimeInMillis().saveAs("loginTook"),
                                headerRegex("Location", "^(?!.*/login).*$").saveAs("afterLogin")))
                .exitHereIfFailed()
                .exec(session -> {
                    String after = session.getString("afterLogin");
                    int query = after.indexOf('?');
                    return session.set("afterQuery", query < 0 ? "" : after.substring(query + 1));
                })
                .exec(page("page after login", "#{afterLogin}"));
    }
}
