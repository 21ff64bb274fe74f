package se.kvalitetsledning.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.util.FileSystemUtils;

import se.kvalitetsledning.infra.demodata.Historikgenerator;
import se.kvalitetsledning.infra.demodata.Historikgenerator.Omfang;
import se.kvalitetsledning.infra.drift.Projektioner;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * The whole application under load: a history of about {@code storlek} events (10 years × 100 enheter, generated
 * through the command bus from a fixed seed, kept in {@code bench/target} between runs), then P2 a rebuild of every
 * projection, P1 writes (on a copy of the embedded store), and, against the packaged application as its own process
 * with a 512 MB heap, P3 pages and reports with 50 users and P4 its memory. With {@code MONGODB_URI} set it runs on
 * that MongoDB instead of the embedded store. Run: {@code ./mvnw -B -Pbench -DskipTests verify}
 * ({@code -Dbench.storlek=100000} for a shorter run, {@code -Dbench.delar=P3} for only some of P1, P2 and P3 with P4);
 * the figures go to {@code bench/results/}.
 */
public final class Applikationsbenchmark {

    private static final int AR = 10;
    private static final int ENHETER = 100;
    private static final double HANDELSER_PER_AVVIKELSE = 7.0;
    private static final long FRO = 20261126L;
    private static final String DATABAS = "kvalitetsledning";

    public static void main(String[] args) {
        int status = 0;
        try {
            kor(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the embedded server's and Axon's threads would otherwise keep the JVM alive
    }

    private static void kor(String[] args) throws Exception {
        long storlek = Long.parseLong(args[0]);
        Path bench = Path.of(args[1]);
        String delar = args.length > 2 ? args[2] : "P1,P2,P3";
        String mongodbUri = System.getenv().getOrDefault("MONGODB_URI", "");
        Path datakatalog = bench.resolve("target/historik-" + storlek);
        Resultat resultat = new Resultat("applikation-" + storlek);
        resultat.rad("- lagring: " + (mongodbUri.isBlank() ? "inbyggd MongoDB-wire-server, H2-fil " + datakatalog
                : "MongoDB " + mongodbUri.replaceAll("//[^@/]*@", "//")));

        List<String> avvikelser;
        try (KorandeApplikation app = starta(mongodbUri, datakatalog)) {
            MongoDatabase databas = app.bona(MongoClient.class).getDatabase(DATABAS);
            Projektioner projektioner = app.bona(Projektioner.class);
            fyll(app, databas, projektioner, storlek, resultat);
            filstorlek(datakatalog, "efter historiken", resultat);
            if (delar.contains("P2")) {
                new Aterspelning(projektioner, databas).kor(resultat);
                filstorlek(datakatalog, "efter P2", resultat);
            }
            avvikelser = databas.getCollection("avvikelse").find().projection(Projections.include("_id"))
                    .limit(5_000).map(d -> d.getString("_id")).into(new ArrayList<>());
        }
        if (delar.contains("P1")) {
            skriv(mongodbUri, datakatalog, bench.resolve("target/p1-" + storlek), resultat);
        }
        resultat.rad("");

        if (!delar.contains("P3")) {
            resultat.skriv(bench.resolve("results"));
            return;
        }
        List<String> lagring = new ArrayList<>(anvandare(!mongodbUri.isBlank()));
        lagring.add("--kvalitetsledning.lagring.mongodb-uri=" + mongodbUri);
        lagring.add("--kvalitetsledning.lagring.datakatalog=" + datakatalog);
        Path jar = bench.resolve("../infra/target/kvalitetsledning.jar").normalize();
        try (Minnesmatning process = new Minnesmatning(jar, lagring, bench.resolve("target/p4-app.log"))) {
            var sidor = new Sidbenchmark(process.basUrl(), avvikelser);
            sidor.enAnvandare(resultat, 20);
            String som = "applikationen som egen process, -Xmx" + Minnesmatning.HEAP;
            sidor.kor(resultat, som + ", utan pauser", Duration.ofSeconds(10), Duration.ofSeconds(30),
                    Duration.ZERO);
            sidor.kor(resultat, som + ", med 0–2 s betänketid efter varje svar", Duration.ofSeconds(10),
                    Duration.ofSeconds(30), Duration.ofSeconds(1));
            process.rapportera(resultat);
        }
        resultat.skriv(bench.resolve("results"));
    }

    private static KorandeApplikation starta(String mongodbUri, Path datakatalog) {
        return mongodbUri.isBlank() ? KorandeApplikation.paKatalog(datakatalog, anvandare(false))
                : KorandeApplikation.mot(mongodbUri, anvandare(true));
    }

    /**
     * P1 on a copy of the embedded store, so that its filings (some 14,000 avvikelser in the current month) reach
     * neither P3 nor the next run. On a MongoDB given by {@code MONGODB_URI} they stay in its history.
     */
    private static void skriv(String mongodbUri, Path datakatalog, Path kopia, Resultat resultat) throws Exception {
        if (mongodbUri.isBlank()) {
            FileSystemUtils.deleteRecursively(kopia);
            FileSystemUtils.copyRecursively(datakatalog, kopia);
        }
        try (KorandeApplikation app = starta(mongodbUri, mongodbUri.isBlank() ? kopia : datakatalog)) {
            new Skrivbenchmark(app, app.bona(MongoClient.class).getDatabase(DATABAS), Duration.ofSeconds(10))
                    .kor(resultat);
        } finally {
            if (mongodbUri.isBlank()) {
                filstorlek(kopia, "efter P1 (kopian)", resultat);
                FileSystemUtils.deleteRecursively(kopia);
            }
        }
    }

    /** Generates the history unless the store already has it, and waits until every projection has caught up. */
    private static void fyll(KorandeApplikation app, MongoDatabase databas, Projektioner projektioner, long storlek,
                             Resultat resultat) throws InterruptedException {
        long fore = databas.getCollection("handelser").estimatedDocumentCount();
        resultat.rad("");
        resultat.rad("## Historik");
        resultat.rad("");
        if (fore < storlek * 0.9) {
            int perEnhetOchAr = (int) Math.max(1, Math.round(storlek / (AR * ENHETER * HANDELSER_PER_AVVIKELSE)));
            long start = System.nanoTime();
            long kommandon = app.bona(Historikgenerator.class)
                    .generera(new Omfang(AR, ENHETER, perEnhetOchAr), FRO, 4);
            double sekunder = (System.nanoTime() - start) / 1e9;
            resultat.rad("- genererad: %d år × %d enheter × %d avvikelser, %d kommandon på %.0f s "
                            + "(%.0f/s, 4 trådar)",
                    AR, ENHETER, perEnhetOchAr, kommandon, sekunder, kommandon / sekunder);
        }
        long start = System.nanoTime();
        Ikapp.vanta(projektioner);
        resultat.rad("- händelser i lagret: %d (projektionerna ikapp %.1f s efter generatorn)",
                databas.getCollection("handelser").estimatedDocumentCount(), (System.nanoTime() - start) / 1e9);
        resultat.rad("- avvikelser: %d", databas.getCollection("avvikelse").estimatedDocumentCount());
    }

    private static void filstorlek(Path datakatalog, String nar, Resultat resultat) throws IOException {
        Path fil = datakatalog.resolve("kvalitetsledning.mv.db");
        if (Files.exists(fil)) { // the embedded store
            resultat.rad("- H2-filerna %s: händelser %d MB, läsmodeller %d MB", nar, Files.size(fil) >> 20,
                    Files.size(datakatalog.resolve("lasmodeller.mv.db")) >> 20);
        }
    }

    /**
     * The users the load logs in as. The embedded store has the demo users; a real MongoDB refuses plain-text
     * passwords, so the same three get a (cheap, benchmark-only) bcrypt hash of the same password.
     */
    private static List<String> anvandare(boolean riktigMongo) {
        List<String> argument = new ArrayList<>(List.of("--kvalitetsledning.demodata.aktiv=false"));
        if (!riktigMongo) {
            return argument;
        }
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("demo");
        String[][] anvandare = {{"anna", "MEDARBETARE", "gruppbostad-eken"}, {"karin", "KVALITETSSAMORDNARE", ""},
                {"lars", "LEDNING", ""}};
        for (int i = 0; i < anvandare.length; i++) {
            String prefix = "--kvalitetsledning.sakerhet.anvandare[" + i + "].";
            argument.add(prefix + "anvandarnamn=" + anvandare[i][0]);
            argument.add(prefix + "namn=" + anvandare[i][0]);
            argument.add(prefix + "losenord=" + hash);
            argument.add(prefix + "roller=" + anvandare[i][1]);
            argument.add(prefix + "enheter=" + anvandare[i][2]);
        }
        return argument;
    }

    private Applikationsbenchmark() {
    }
}
