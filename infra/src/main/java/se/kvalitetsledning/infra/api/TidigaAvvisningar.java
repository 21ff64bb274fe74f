package se.kvalitetsledning.infra.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Pipeline;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Paths refused before any controller sees them: by Tomcat, which will not decode {@code %00}, {@code %2F} or
 * {@code %5C}, and by Spring Security's firewall, which rejects {@code %25}, {@code ;} and encoded dots. Under
 * {@code /api} these are answered with a problem like every other refusal; pages keep the usual answers.
 */
@Configuration(proxyBeanMethods = false)
class TidigaAvvisningar {

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Ogiltig adress","status":400,\
            "detail":"Adressen innehåller tecken som inte tillåts, t.ex. %00, %2F, %5C, %25 eller ;"}""";

    @Bean
    RequestRejectedHandler avvisadAvBrandvaggen() {
        RequestRejectedHandler standard = new HttpStatusRequestRejectedHandler();
        return (begaran, svar, fel) -> {
            if (!arApi(begaran.getRequestURI())) {
                standard.handle(begaran, svar, fel);
                return;
            }
            svar.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            somProblem(svar);
            svar.getWriter().write(PROBLEM);
        };
    }

    /** Runs after Boot's own customizer, so that this report replaces the plain one Boot puts in place. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> avvisadAvTomcat() {
        return fabrik -> fabrik.addContextCustomizers(kontext -> {
            StandardHost vard = (StandardHost) kontext.getParent();
            Pipeline kedja = vard.getPipeline();
            for (var ventil : kedja.getValves()) {
                if (ventil instanceof ErrorReportValve) {
                    kedja.removeValve(ventil);
                }
            }
            kedja.addValve(new ApiFelrapport());
            // the host adds a plain report at start unless one of this class is already there
            vard.setErrorReportValveClass(ApiFelrapport.class.getName());
        });
    }

    private static boolean arApi(String sokvag) {
        return sokvag != null && sokvag.startsWith("/api/");
    }

    private static void somProblem(HttpServletResponse svar) {
        svar.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        svar.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }

    /** Tomcat's error report without details, and for a path under /api a problem. */
    static final class ApiFelrapport extends ErrorReportValve {

        ApiFelrapport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request begaran, Response svar, Throwable fel) {
            if (svar.getStatus() != HttpServletResponse.SC_BAD_REQUEST || !arApi(begaran.getRequestURI())
                    || svar.getContentWritten() > 0) {
                super.report(begaran, svar, fel);
                return;
            }
            if (!svar.setErrorReported()) {
                return;
            }
            try {
                somProblem(svar);
                Writer skrivare = svar.getReporter();
                if (skrivare != null) {
                    skrivare.write(PROBLEM);
                    svar.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone; there is no one left to answer
            }
        }
    }
}
