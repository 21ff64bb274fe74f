package se.kvalitetsledning.infra.lagring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kvalitetsledning.infra.mongo.InbyggdMongoServer;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.Lagerkontroll;
import se.kvalitetsledning.infra.test.PaketeradApplikation;

/**
 * Acknowledged means on disk (R1): the packaged application is killed with SIGKILL while eight clients are filing,
 * restarted on the same data directory and killed again, a few rounds. At the end every command that was
 * answered is in the event store and in the projection, no commit is half-written, and every start was clean.
 * {@code -Dtunga-tester=true} runs ten rounds of a larger load.
 */
class AbruptStoppIT {

    private static final boolean TUNG = Boolean.getBoolean("tunga-tester");
    private static final int KLIENTER = 8;
    private static final int RUNDOR = TUNG ? 10 : 3;
    private static final int MINST_KVITTERADE_PER_RUNDA = TUNG ? 400 : 80;

    @TempDir
    Path data;

    private final List<Path> loggar = new ArrayList<>();

    @Test
    void varjeKvitteratKommandoFinnsEfterSigkillMittUnderLast() throws Exception {
        try {
            sigkillRundorOchKontroll();
        } catch (AssertionError fel) {
            // the data directory is a temporary one: what the application logged goes with the failure
            throw new AssertionError(fel.getMessage() + loggutdrag(), fel);
        }
    }

    private void sigkillRundorOchKontroll() throws Exception {
        int port = PaketeradApplikation.ledigPort();
        List<String> kvitterade = Collections.synchronizedList(new ArrayList<>());
        List<String> felMedanDenLevde = Collections.synchronizedList(new ArrayList<>());
        for (int runda = 1; runda <= RUNDOR; runda++) {
            Process process = starta(port).process();
            int fore = kvitterade.size();
            ApiKlient anna = new ApiKlient.Fabrik("http://localhost:" + port).som("anna");
            ExecutorService klienter = Executors.newFixedThreadPool(KLIENTER);
            AtomicInteger nummer = new AtomicInteger();
            for (int i = 0; i < KLIENTER; i++) {
                klienter.submit(() -> {
                    while (process.isAlive()) {
                        try {
                            kvitterade.add(AvvikelseFixtures.registrera(anna, "Skur nummer " + nummer.incrementAndGet()));
                        } catch (RuntimeException | AssertionError dodad) {
                            if (process.isAlive()) {
                                felMedanDenLevde.add(dodad.toString());
                            }
                            return; // the answer never came: not acknowledged
                        }
                    }
                });
            }
            try {
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(kvitterade.size() - fore)
                        .as(() -> "clients that gave up while the application lived: " + felMedanDenLevde)
                        .isGreaterThanOrEqualTo(MINST_KVITTERADE_PER_RUNDA));
            } finally {
                process.destroyForcibly().waitFor(); // also when the round failed: no process outlives the test
            }
            klienter.shutdown();
            assertThat(klienter.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("killed by SIGKILL while clients were sending").isEqualTo(137);
        }

        Process sista = starta(port).process();
        try {
            ApiKlient hanna = new ApiKlient.Fabrik("http://localhost:" + port).som("hanna");
            // events unanswered at a kill may be there too; every answered one must be, once the projection is up
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (String id : List.copyOf(kvitterade)) {
                    assertThat(hanna.get("/api/avvikelser/" + id).status()).as(id).isEqualTo(200);
                }
            });
            // and the events written but not answered before a kill, the last round's at the end of the store
            ApiKlient admin = new ApiKlient.Fabrik("http://localhost:" + port).som("admin");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                var status = admin.get("/api/drift/projektioner").json();
                assertThat(status.findValuesAsText("ikapp")).as(status::toPrettyString).containsOnly("true");
            });
        } finally {
            sista.destroy();
            assertThat(sista.waitFor()).as("a graceful stop").isIn(0, 143);
        }
        // the logs first: an error at a stop, or a store never closed, explains a store that lacks what was shown
        for (Path logg : loggar) {
            assertThat(Files.readString(logg)).as("start %s", logg.getFileName())
                    .contains("Started KvalitetsledningApplication")
                    .doesNotContain(" ERROR ");
        }
        assertThat(Files.readString(loggar.get(loggar.size() - 1))).as("the graceful stop closed the store")
                .contains("Lagring stängd");
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(data.resolve("lager"));
             MongoClient klient = MongoClients.create(server.anslutning())) {
            Lagerkontroll lager = new Lagerkontroll(klient.getDatabase("kvalitetsledning"))
                    .helaCommits().avvikelserStammer();
            assertThat(lager.avvikelser()).containsAll(kvitterade);
            System.out.printf("AbruptStoppIT: %d SIGKILL, %d kvitterade registreringar, %d i lagret, alla fanns%n",
                    RUNDOR, kvitterade.size(), lager.avvikelser().size());
        }
    }

    /** Every warning and error of every start, and the last lines of the last one. */
    private String loggutdrag() throws IOException {
        StringBuilder utdrag = new StringBuilder();
        for (Path logg : loggar) {
            List<String> rader = Files.exists(logg) ? Files.readAllLines(logg) : List.of();
            utdrag.append("\n--- ").append(logg.getFileName()).append(", ").append(rader.size()).append(" rader\n");
            rader.stream().filter(rad -> rad.contains(" WARN ") || rad.contains(" ERROR ") || rad.startsWith("\t"))
                    .limit(200).forEach(rad -> utdrag.append(rad).append('\n'));
            if (logg.equals(loggar.get(loggar.size() - 1))) {
                utdrag.append("--- sista raderna\n");
                rader.subList(Math.max(0, rader.size() - 40), rader.size())
                        .forEach(rad -> utdrag.append(rad).append('\n'));
            }
        }
        return utdrag.toString();
    }

    private PaketeradApplikation starta(int port) throws IOException {
        String jar = System.getProperty("kvalitetsledning.jar");
        assertThat(jar).as("the packaged application (set by failsafe)").isNotNull();
        Path logg = data.resolve("app-" + loggar.size() + ".log");
        loggar.add(logg);
        return PaketeradApplikation.starta(Path.of(jar), List.of("-Xmx512m"), List.of(
                "--kvalitetsledning.lagring.mongodb-uri=",
                "--kvalitetsledning.lagring.datakatalog=" + data.resolve("lager"),
                "--kvalitetsledning.demodata.aktiv=false"), port, logg, Duration.ofSeconds(90));
    }
}
