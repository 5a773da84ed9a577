package dev.studyportal.webapp.security;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before any filter of the portal runs (a path with {@code %00}
 * in it, say), with its own error page: that page gets the portal's protective headers too. Spring Boot
 * puts a plain {@link ErrorReportValve} (no stack trace, no server version) on the host; this one, the
 * same but for the headers, takes its place. Ordered last, so Boot's has been added by then.
 */
@Component
class ErrorPageHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new HeaderedErrorReportValve());
            if (host instanceof StandardHost standardHost) {
                // Or the host would add a plain one of its own when it starts.
                standardHost.setErrorReportValveClass(HeaderedErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static final class HeaderedErrorReportValve extends ErrorReportValve {

        HeaderedErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                ProtectiveHeaders.write(response::setHeader, request.isSecure());
            }
            super.report(request, response, throwable);
        }
    }
}
