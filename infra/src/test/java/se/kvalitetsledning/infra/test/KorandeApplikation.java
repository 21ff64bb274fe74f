package se.kvalitetsledning.infra.test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.kvalitetsledning.infra.KvalitetsledningApplication;

/**
 * The real application in this JVM, on a random port, with the embedded store in memory or on a data directory,
 * and no demo data unless asked.
 */
public final class KorandeApplikation implements AutoCloseable {

    private final ConfigurableApplicationContext kontext;

    private KorandeApplikation(List<String> argument, Class<?>... extraKonfiguration) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        this.kontext = new SpringApplicationBuilder(KvalitetsledningApplication.class)
                .sources(extraKonfiguration)
                .run(argument.toArray(String[]::new));
    }

    public static KorandeApplikation iMinnet(String... extra) {
        List<String> argument = new ArrayList<>(List.of("--kvalitetsledning.lagring.i-minnet=true"));
        argument.addAll(List.of(extra));
        return starta(argument);
    }

    /** In memory, with extra Spring configuration classes (e.g. a test's observers). */
    public static KorandeApplikation iMinnetMed(Class<?>... extraKonfiguration) {
        return starta(new ArrayList<>(List.of("--kvalitetsledning.lagring.i-minnet=true")), extraKonfiguration);
    }

    /** In memory, with extra command-line arguments and Spring configuration classes. */
    public static KorandeApplikation iMinnetMed(List<String> extraArgument, Class<?>... extraKonfiguration) {
        List<String> argument = new ArrayList<>(List.of("--kvalitetsledning.lagring.i-minnet=true"));
        argument.addAll(extraArgument);
        return starta(argument, extraKonfiguration);
    }

    /** On a data directory, with extra Spring configuration classes (e.g. a test's observers). */
    public static KorandeApplikation paKatalog(Path datakatalog, Class<?>... extraKonfiguration) {
        return starta(new ArrayList<>(List.of("--kvalitetsledning.lagring.datakatalog=" + datakatalog)),
                extraKonfiguration);
    }

    /** On a data directory, with extra command-line arguments and Spring configuration classes. */
    public static KorandeApplikation paKatalog(Path datakatalog, List<String> extraArgument,
                                               Class<?>... extraKonfiguration) {
        List<String> argument = new ArrayList<>(List.of("--kvalitetsledning.lagring.datakatalog=" + datakatalog));
        argument.addAll(extraArgument);
        return starta(argument, extraKonfiguration);
    }

    /** Against a real MongoDB, with extra command-line arguments. */
    public static KorandeApplikation mot(String mongodbUri, List<String> extraArgument) {
        List<String> argument = new ArrayList<>(List.of("--kvalitetsledning.lagring.mongodb-uri=" + mongodbUri));
        argument.addAll(extraArgument);
        return starta(argument);
    }

    private static KorandeApplikation starta(List<String> argument, Class<?>... extraKonfiguration) {
        argument.add("--server.port=0");
        if (argument.stream().noneMatch(a -> a.startsWith("--kvalitetsledning.lagring.mongodb-uri"))) {
            argument.add("--kvalitetsledning.lagring.mongodb-uri=");
        }
        if (argument.stream().noneMatch(a -> a.startsWith("--kvalitetsledning.demodata.aktiv"))) {
            argument.add("--kvalitetsledning.demodata.aktiv=false");
        }
        return new KorandeApplikation(argument, extraKonfiguration);
    }

    public String basUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) kontext).getWebServer().getPort();
    }

    public ApiKlient som(String anvandarnamn) {
        return new ApiKlient.Fabrik(basUrl()).som(anvandarnamn);
    }

    /** A client without credentials, as the public. */
    public ApiKlient anonym() {
        return new ApiKlient.Fabrik(basUrl()).anonym();
    }

    public <T> T bona(Class<T> typ) {
        return kontext.getBean(typ);
    }

    public <T> java.util.Collection<T> allaBonor(Class<T> typ) {
        return kontext.getBeansOfType(typ).values();
    }

    @Override
    public void close() {
        kontext.close();
    }
}
