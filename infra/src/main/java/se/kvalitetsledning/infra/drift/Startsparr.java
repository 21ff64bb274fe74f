package se.kvalitetsledning.infra.drift;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 until the application is ready. The web server takes requests before the start-up work is done (the
 * reference data registered and visible in the read models, see {@code ReferensdataInlasning}); a case filed in
 * that moment would otherwise be refused with "Okänd enhet" for an enhet that is about to exist.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Startsparr extends OncePerRequestFilter {

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Startar","status":503,\
            "detail":"Kvalitetsledning startar. Försök igen om en stund."}""";
    private static final String SIDA = """
            <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">\
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>Startar</title></head>\
            <body><p>Kvalitetsledning startar. Försök igen om en stund.</p></body></html>""";

    private volatile boolean redo;

    @EventListener(ApplicationReadyEvent.class)
    void redo() {
        redo = true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest begaran, HttpServletResponse svar, FilterChain kedja)
            throws ServletException, IOException {
        if (redo) {
            kedja.doFilter(begaran, svar);
            return;
        }
        boolean api = begaran.getRequestURI().startsWith("/api/");
        svar.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        svar.setHeader(HttpHeaders.RETRY_AFTER, "5");
        svar.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
        svar.setCharacterEncoding(StandardCharsets.UTF_8.name());
        svar.getWriter().write(api ? PROBLEM : SIDA);
    }
}
