package se.kvalitetsledning.infra.synpunkt.publik;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a post to a public endpoint whose body is larger than {@code max} bytes, or whose size is not said
 * beforehand (chunked), without reading it: 413 or 411, as a problem under {@code /api}, otherwise as an error page.
 */
class Kroppsgrans extends OncePerRequestFilter {

    private static final String FOR_STOR = """
            {"type":"about:blank","title":"För stor begäran","status":413,\
            "detail":"Begäran är större än e-tjänsten tar emot. Korta texterna och försök igen."}""";
    private static final String LANGD_SAKNAS = """
            {"type":"about:blank","title":"Längd saknas","status":411,\
            "detail":"Ange kroppens storlek med Content-Length."}""";

    private final long max;

    Kroppsgrans(long max) {
        this.max = max;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest begaran, HttpServletResponse svar, FilterChain kedja)
            throws ServletException, IOException {
        if (!"POST".equals(begaran.getMethod())) {
            kedja.doFilter(begaran, svar);
        } else if (begaran.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            avvisa(begaran, svar, HttpServletResponse.SC_LENGTH_REQUIRED, LANGD_SAKNAS);
        } else if (begaran.getContentLengthLong() > max) {
            avvisa(begaran, svar, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, FOR_STOR);
        } else {
            kedja.doFilter(begaran, svar);
        }
    }

    private static void avvisa(HttpServletRequest begaran, HttpServletResponse svar, int status, String problem)
            throws IOException {
        // the unread rest of the body is not waited for
        svar.setHeader(HttpHeaders.CONNECTION, "close");
        if (!begaran.getRequestURI().startsWith("/api/")) {
            svar.sendError(status);
            return;
        }
        svar.setStatus(status);
        svar.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        svar.setCharacterEncoding(StandardCharsets.UTF_8.name());
        svar.getWriter().write(problem);
    }
}
