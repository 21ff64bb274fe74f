package se.kvalitetsledning.infra.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real HTTP against the running application, as one user with HTTP Basic. */
public final class ApiKlient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String basUrl;
    private final String inloggning;

    /** Clients for the demo users (password "demo") of one running application, and for anyone. */
    public record Fabrik(String basUrl) {
        public ApiKlient som(String anvandarnamn) {
            return new ApiKlient(basUrl, "Basic " + Base64.getEncoder()
                    .encodeToString((anvandarnamn + ":demo").getBytes(StandardCharsets.UTF_8)));
        }

        /** Without credentials, as the public reaches the e-tjänst. */
        public ApiKlient anonym() {
            return new ApiKlient(basUrl, null);
        }
    }

    private ApiKlient(String basUrl, String inloggning) {
        this.basUrl = basUrl;
        this.inloggning = inloggning;
    }

    public Svar get(String sokvag) {
        return skicka(HttpRequest.newBuilder(URI.create(basUrl + sokvag)).GET());
    }

    public Svar post(String sokvag, String json) {
        return post(sokvag, json, null);
    }

    public Svar post(String sokvag, String json, String ifMatch) {
        HttpRequest.Builder begaran = HttpRequest.newBuilder(URI.create(basUrl + sokvag))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            begaran.header("If-Match", ifMatch);
        }
        return skicka(begaran);
    }

    public Svar postText(String sokvag, String text) {
        return skicka(HttpRequest.newBuilder(URI.create(basUrl + sokvag))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** Any method, headers and body, sent as given: for requests that break the rules on purpose. */
    public Svar begar(String metod, String sokvag, Map<String, String> huvuden, String kropp) {
        HttpRequest.Builder begaran = HttpRequest.newBuilder(URI.create(basUrl + sokvag)).method(metod,
                kropp == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(kropp));
        huvuden.forEach(begaran::header);
        return skicka(begaran);
    }

    /** A document such as a PDF: the status and the bytes as they came. */
    public HttpResponse<byte[]> getBytes(String sokvag) {
        try {
            return HTTP.send(inloggad(HttpRequest.newBuilder(URI.create(basUrl + sokvag))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Svar skicka(HttpRequest.Builder begaran) {
        try {
            HttpResponse<String> svar = HTTP.send(inloggad(begaran).build(), HttpResponse.BodyHandlers.ofString());
            return new Svar(svar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder inloggad(HttpRequest.Builder begaran) {
        return inloggning == null ? begaran : begaran.header("Authorization", inloggning);
    }

    /** A response with its body read as JSON where it is JSON. */
    public record Svar(HttpResponse<String> http) {

        public int status() {
            return http.statusCode();
        }

        public String header(String namn) {
            return http.headers().firstValue(namn).orElse(null);
        }

        public String text() {
            return http.body();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(http.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Inte JSON (" + status() + "): " + http.body(), e);
            }
        }

        @Override
        public String toString() {
            return status() + " " + http.body();
        }
    }
}
