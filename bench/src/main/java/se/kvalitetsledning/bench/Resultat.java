package se.kvalitetsledning.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The figures of one run: printed as they come and written, with the date, the machine and the commit, to
 * {@code bench/results/<date>-<time>-<program>.md}.
 */
final class Resultat {

    private static final DateTimeFormatter FILNAMN = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final List<String> rader = new ArrayList<>();
    private final String program;

    Resultat(String program) {
        this.program = program;
        rad("# " + program + " " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        rad("");
        rad("- commit: " + kor("git", "rev-parse", "--short", "HEAD") + (kor("git", "status", "--porcelain").isBlank()
                ? "" : " (with uncommitted changes)"));
        rad("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + minneGiB() + " GiB, " + processor() + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", Java " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
    }

    void rad(String text) {
        System.out.println(text);
        System.out.flush();
        rader.add(text);
    }

    void rad(String format, Object... varden) {
        rad(String.format(java.util.Locale.ROOT, format, varden));
    }

    Path skriv(Path katalog) throws IOException {
        Files.createDirectories(katalog);
        Path fil = katalog.resolve(LocalDateTime.now().format(FILNAMN) + "-" + program + ".md");
        Files.write(fil, rader);
        System.out.println("Resultatet skrevs till " + fil);
        return fil;
    }

    private static long minneGiB() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Math.round(os.getTotalMemorySize() / (double) (1L << 30));
    }

    private static String processor() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(r -> r.startsWith("model name")).findFirst()
                    .map(r -> r.substring(r.indexOf(':') + 1).trim()).orElse("okänd processor");
        } catch (IOException e) {
            return "okänd processor";
        }
    }

    private static String kor(String... kommando) {
        try {
            Process p = new ProcessBuilder(kommando).redirectErrorStream(true).start();
            String ut = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return p.exitValue() == 0 ? ut : "okänd";
        } catch (IOException | InterruptedException | IllegalThreadStateException e) {
            return "okänd";
        }
    }
}
