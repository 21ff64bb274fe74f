package se.kvalitetsledning.infra.lagring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;

/**
 * Acknowledged means on disk: the packaged application is killed with SIGKILL right after a burst of
 * acknowledged commands, and after a restart on the same data directory every one of them is there.
 */
class AbruptStoppIT {

    private static final int KOMMANDON = 120;

    @TempDir
    Path data;

    @Test
    void varjeKvitteratKommandoFinnsEfterSigkill() throws Exception {
        int port = ledigPort();
        List<String> kvitterade = new ArrayList<>();
        Process forsta = starta(port);
        try {
            ApiKlient anna = new ApiKlient.Fabrik("http://localhost:" + port).som("anna");
            ExecutorService klienter = Executors.newFixedThreadPool(4);
            List<Future<String>> svar = new ArrayList<>();
            for (int i = 0; i < KOMMANDON; i++) {
                int nr = i;
                svar.add(klienter.submit(() -> AvvikelseFixtures.registrera(anna, "Skur nummer " + nr)));
            }
            for (Future<String> s : svar) {
                kvitterade.add(s.get());
            }
            klienter.shutdown();
        } finally {
            forsta.destroyForcibly().waitFor();
        }
        assertThat(forsta.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Process andra = starta(port);
        try {
            ApiKlient hanna = new ApiKlient.Fabrik("http://localhost:" + port).som("hanna");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    hanna.get("/api/avvikelser?enhet=gruppbostad-eken&text=skur%20nummer&storlek=200")
                            .json().get("totalt").asLong()).isEqualTo(KOMMANDON));
            for (String id : kvitterade) {
                assertThat(hanna.get("/api/avvikelser/" + id).status()).as(id).isEqualTo(200);
            }
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
