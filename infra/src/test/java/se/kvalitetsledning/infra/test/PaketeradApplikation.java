package se.kvalitetsledning.infra.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application (the executable jar) as a process of its own, its output in a log file; started when
 * its API answers.
 */
public final class PaketeradApplikation {

    private final Process process;
    private final Path logg;
    private final int port;

    private PaketeradApplikation(Process process, Path logg, int port) {
        this.process = process;
        this.logg = logg;
        this.port = port;
    }

    /** Starts the jar with the given JVM options and application arguments and waits until it answers. */
    public static PaketeradApplikation starta(Path jar, List<String> jvm, List<String> argument, int port, Path logg,
                                              Duration langst) throws IOException {
        List<String> kommando = new ArrayList<>();
        kommando.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        kommando.add("-Daxoniq.update-checker.disabled=true");
        kommando.addAll(jvm);
        kommando.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        kommando.addAll(argument);
        Process process = new ProcessBuilder(kommando).redirectErrorStream(true).redirectOutput(logg.toFile()).start();
        PaketeradApplikation app = new PaketeradApplikation(process, logg, port);
        ApiKlient prob = app.som("karin");
        await().atMost(langst).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(process.isAlive()).as(() -> "the application died: " + app.logg()).isTrue();
            try {
                return prob.get("/api/avvikelser?storlek=1").status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
        return app;
    }

    public Process process() {
        return process;
    }

    public String basUrl() {
        return "http://localhost:" + port;
    }

    public ApiKlient som(String anvandarnamn) {
        return new ApiKlient.Fabrik(basUrl()).som(anvandarnamn);
    }

    public String logg() {
        try {
            return Files.readString(logg);
        } catch (IOException e) {
            return e.toString();
        }
    }

    public static int ledigPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
