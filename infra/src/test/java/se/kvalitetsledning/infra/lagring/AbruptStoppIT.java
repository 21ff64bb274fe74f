package se.kvalitetsledning.infra.lagring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;

/**
 * Acknowledged means on disk: the packaged application is killed with SIGKILL while four clients are filing, and
 * after a restart on the same data directory every command that was answered is there and the lists show it.
 */
class AbruptStoppIT {

    private static final int KLIENTER = 4;
    private static final int MINST_KVITTERADE = 150;

    @TempDir
    Path data;

    @Test
    void varjeKvitteratKommandoFinnsEfterSigkillMittUnderLast() throws Exception {
        int port = ledigPort();
        List<String> kvitterade = Collections.synchronizedList(new ArrayList<>());
        Process forsta = starta(port);
        ApiKlient anna = new ApiKlient.Fabrik("http://localhost:" + port).som("anna");
        ExecutorService klienter = Executors.newFixedThreadPool(KLIENTER);
        AtomicInteger nummer = new AtomicInteger();
        for (int i = 0; i < KLIENTER; i++) {
            klienter.submit(() -> {
                while (forsta.isAlive()) {
                    try {
                        kvitterade.add(AvvikelseFixtures.registrera(anna, "Skur nummer " + nummer.incrementAndGet()));
                    } catch (RuntimeException | AssertionError dodad) {
                        return; // the answer never came: not acknowledged
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> kvitterade.size() >= MINST_KVITTERADE);
        forsta.destroyForcibly().waitFor();
        klienter.shutdown();
        assertThat(klienter.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(forsta.exitValue()).as("killed by SIGKILL while clients were sending").isEqualTo(137);

        Process andra = starta(port);
        try {
            ApiKlient hanna = new ApiKlient.Fabrik("http://localhost:" + port).som("hanna");
            // events unanswered at the kill may be there too; every answered one must be, once the projection is up
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (String id : List.copyOf(kvitterade)) {
                    assertThat(hanna.get("/api/avvikelser/" + id).status()).as(id).isEqualTo(200);
                }
            });
            System.out.printf("AbruptStoppIT: %d kvitterade registreringar före SIGKILL, alla fanns efter omstart%n",
                    kvitterade.size());
        } finally {
            andra.destroy();
            andra.waitFor();
        }
    }

    private Process starta(int port) throws IOException {
        String jar = System.getProperty("kvalitetsledning.jar");
        assertThat(jar).as("the packaged application (set by failsafe)").isNotNull();
        Path logg = data.resolve("app-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Daxoniq.update-checker.disabled=true", "-jar", jar,
                "--server.port=" + port,
                "--kvalitetsledning.lagring.mongodb-uri=",
                "--kvalitetsledning.lagring.datakatalog=" + data.resolve("lager"),
                "--kvalitetsledning.demodata.aktiv=false")
                .redirectErrorStream(true)
                .redirectOutput(logg.toFile())
                .start();
        ApiKlient prob = new ApiKlient.Fabrik("http://localhost:" + port).som("hanna");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(process.isAlive()).as(() -> "the application died: " + lasLogg(logg)).isTrue();
            try {
                return prob.get("/api/avvikelser?storlek=1").status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
        return process;
    }

    private static String lasLogg(Path logg) {
        try {
            return Files.readString(logg);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int ledigPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
