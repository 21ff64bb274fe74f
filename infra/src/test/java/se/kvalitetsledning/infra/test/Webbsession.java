package se.kvalitetsledning.infra.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person in the web UI over plain HTTP, without a browser: a session cookie, the form login, and forms posted
 * as the page rendered them (CSRF token and hidden version included). Redirects are not followed, so a successful
 * form post is visible as its 302.
 */
public final class Webbsession {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String basUrl;

    private Webbsession(String basUrl) {
        this.basUrl = basUrl;
    }

    /** Someone who has not logged in, as the public on the open pages. */
    public static Webbsession anonym(String basUrl) {
        return new Webbsession(basUrl);
    }

    /** Logs in a demo user (password "demo") through the login form. */
    public static Webbsession loggaIn(String basUrl, String anvandarnamn) {
        Webbsession session = new Webbsession(basUrl);
        Sida inloggning = session.get("/logga-in");
        Sida svar = session.post("/logga-in", Map.of("username", anvandarnamn, "password", "demo",
                "_csrf", inloggning.falt(null, "_csrf")));
        assertThat(svar.status()).as("login of " + anvandarnamn).isEqualTo(302);
        assertThat(svar.plats()).doesNotContain("error");
        return session;
    }

    public Sida get(String sokvag) {
        return skicka(HttpRequest.newBuilder(URI.create(basUrl + sokvag)).GET());
    }

    public Sida post(String sokvag, Map<String, String> falt) {
        String kropp = falt.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return skicka(HttpRequest.newBuilder(URI.create(basUrl + sokvag))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(kropp)));
    }

    private Sida skicka(HttpRequest.Builder begaran) {
        try {
            HttpResponse<String> svar = http.send(begaran.build(), HttpResponse.BodyHandlers.ofString());
            return new Sida(svar.statusCode(), svar.headers().firstValue("Location").orElse(null), svar.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: its status, where it redirects to, and its HTML. */
    public record Sida(int status, String plats, String html) {

        /** The value of a field in the form with the given id, or in the first form when {@code formular} is null. */
        public String falt(String formular, String namn) {
            Matcher form = Pattern.compile(formular == null ? "<form[^>]*>.*?</form>"
                    : "<form[^>]*id=\"" + formular + "\"[^>]*>.*?</form>", Pattern.DOTALL).matcher(html);
            assertThat(form.find()).as("form " + formular + " on the page (" + status + ")").isTrue();
            Matcher varde = Pattern.compile("<input[^>]*name=\"" + namn + "\"[^>]*value=\"([^\"]*)\"")
                    .matcher(form.group());
            assertThat(varde.find()).as("field " + namn + " in form " + formular).isTrue();
            return varde.group(1);
        }

        @Override
        public String toString() {
            return status + (plats == null ? "" : " -> " + plats);
        }
    }
}
