package se.kvalitetsledning.bench;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import se.kvalitetsledning.infra.drift.Projektioner;

/**
 * P2: rebuilding every projection from the whole store (reset the tokens, replay) against a raw cursor read of
 * the events collection in the same run.
 */
final class Aterspelning {

    private final Projektioner projektioner;
    private final MongoDatabase databas;

    Aterspelning(Projektioner projektioner, MongoDatabase databas) {
        this.projektioner = projektioner;
        this.databas = databas;
    }

    void kor(Resultat resultat) throws InterruptedException {
        Ikapp.vanta(projektioner); // what the write benchmark left is handled first, so both reads have the machine
        long start = System.nanoTime();
        long handelser = 0;
        try (MongoCursor<Document> markor = databas.getCollection("handelser").find().batchSize(1000).iterator()) {
            while (markor.hasNext()) {
                markor.next();
                handelser++;
            }
        }
        double raSekunder = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        projektioner.byggOm();
        double aterstallning = (System.nanoTime() - start) / 1e9;
        Map<String, Double> klara = klara(start);
        double sekunder = (System.nanoTime() - start) / 1e9;
        double ra = handelser / raSekunder;
        double aterspelning = handelser / sekunder;
        resultat.rad("");
        resultat.rad("## P2 återuppbyggnad av alla projektioner (%d händelser, %d projektioner)", handelser,
                projektioner.status().size());
        resultat.rad("");
        resultat.rad("| | tid | händelser/s |");
        resultat.rad("| --- | --- | --- |");
        resultat.rad("| rå markör över händelserna | %.1f s | %.0f |", raSekunder, ra);
        resultat.rad("| alla projektioner ombyggda | %.1f s | %.0f |", sekunder, aterspelning);
        resultat.rad("| varav återställning (stopp, tömning, start) | %.1f s | |", aterstallning);
        resultat.rad("");
        resultat.rad("Kvot %.2f (mål ≥ 0,5); 1M händelser motsvarar %s (mål < 2 min).", aterspelning / ra,
                format(Duration.ofMillis((long) (1_000_000 / aterspelning * 1000))));
        resultat.rad("");
        resultat.rad("| projektion | ikapp efter |");
        resultat.rad("| --- | --- |");
        klara.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(k -> resultat.rad("| %s | %.1f s |", k.getKey(), k.getValue()));
    }

    /**
     * Waits until every projection is caught up, noting when each one was first seen caught up (seconds after
     * {@code start}): the last one bounds the rebuild.
     */
    private Map<String, Double> klara(long start) throws InterruptedException {
        Map<String, Double> klara = new LinkedHashMap<>();
        while (true) {
            var status = projektioner.status();
            for (var s : status) {
                if (s.ikapp()) {
                    klara.putIfAbsent(s.namn(), (System.nanoTime() - start) / 1e9);
                }
            }
            if (status.stream().allMatch(s -> klara.containsKey(s.namn()))) {
                return klara;
            }
            Thread.sleep(100);
        }
    }

    private static String format(Duration tid) {
        return tid.toMinutes() + " min " + tid.toSecondsPart() + " s";
    }
}
