package se.kvalitetsledning.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.RegistreraAvvikelse;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.infra.drift.Projektioner;
import se.kvalitetsledning.infra.mongo.Hallbarhet;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * P1: filing an avvikelse (a) through HTTP as the demo medarbetare, (b) straight on the command gateway, and
 * beside it a raw driver {@code insertOne} of a document the size of the stored event into the same server, made
 * durable the same way (write concern on MongoDB, the group commit on the embedded store). Then, to tell the command
 * side's share from the projections', the gateway once more with every projection stopped, and how fast the
 * projections catch up on what it filed when they start again.
 */
final class Skrivbenchmark {

    private static final List<Integer> KLIENTER = List.of(1, 4, 16);
    /** The raw inserts' ids; the snapshots' are aggregate ids (UUIDs). */
    private static final String RA_PREFIX = "ra-";
    /** The demo medarbetare and the enheter they file for over HTTP. */
    private static final List<String> ANNA = List.of("gruppbostad-eken", "daglig-verksamhet-lyftet");
    private static final List<String> ERIK = List.of("hemtjanst-norr", "solgarden", "hemsjukvarden");

    private final KorandeApplikation app;
    private final MongoDatabase databas;
    private final Duration tid;

    Skrivbenchmark(KorandeApplikation app, MongoDatabase databas, Duration tid) {
        this.app = app;
        this.databas = databas;
        this.tid = tid;
    }

    void kor(Resultat resultat) throws Exception {
        CommandGateway gateway = app.bona(CommandGateway.class);
        Hallbarhet hallbarhet = app.bona(Hallbarhet.class);
        // spread over every enhet as real filing is: one enhet's counters for a month stay small
        List<EnhetId> enheter = app.bona(Referensdata.class).enheter().stream()
                .map(e -> new EnhetId(e.id())).toList();
        Aktor medarbetare = new Aktor(new Anvandare("bench", "Bänkmedarbetare"), Set.of(Roll.MEDARBETARE),
                Set.copyOf(enheter));
        Projektioner projektioner = app.bona(Projektioner.class);
        ApiKlient anna = app.som("anna");
        ApiKlient erik = app.som("erik");
        // into the events' file (the embedded store keeps the read models in another, committed apart), beside the
        // snapshots, with string ids as theirs (an id of another class is compared through Java serialization in the
        // embedded server's index, though a run with and without it gave the same raw figure); removed afterwards by
        // their prefix
        MongoCollection<Document> ra = databas.getCollection("ogonblicksbilder");
        Document forlaga = handelseAttKopiera();
        resultat.rad("");
        resultat.rad("## P1 skrivning: registrera en avvikelse (%d s per mätning, dokument %d byte)", tid.toSeconds(),
                forlaga.toJson().length());
        resultat.rad("");
        resultat.rad("| klienter | rå insertOne/s | kommandogateway/s | kvot | HTTP/s | kvot |");
        resultat.rad("| --- | --- | --- | --- | --- | --- |");
        Genomstromning.perSekund(4, Duration.ofSeconds(3),
                (t, n) -> gateway.sendAndWait(registrera(medarbetare, enheter, n)));
        Map<Integer, Double> radataPerKlienter = new HashMap<>();
        for (int klienter : KLIENTER) {
            Ikapp.vanta(projektioner); // each measurement starts with nothing left over from the last
            double radata = Genomstromning.perSekund(klienter, tid, (t, n) -> {
                ra.insertOne(new Document(forlaga).append("_id", RA_PREFIX + UUID.randomUUID()));
                hallbarhet.sakerstall();
            });
            radataPerKlienter.put(klienter, radata);
            Ikapp.vanta(projektioner);
            double viaGateway = Genomstromning.perSekund(klienter, tid,
                    (t, n) -> gateway.sendAndWait(registrera(medarbetare, enheter, n)));
            Ikapp.vanta(projektioner);
            double viaHttp = Genomstromning.perSekund(klienter, tid, (t, n) -> {
                boolean somAnna = n % 2 == 0;
                List<String> egna = somAnna ? ANNA : ERIK;
                ApiKlient.Svar svar = (somAnna ? anna : erik).post("/api/avvikelser",
                        AvvikelseFixtures.ny(egna.get((int) (n / 2 % egna.size())), "Mätning " + n));
                if (svar.status() != 201) {
                    throw new IllegalStateException(svar.toString());
                }
            });
            resultat.rad("| %d | %.0f | %.0f | %.2f | %.0f | %.2f |", klienter, radata, viaGateway,
                    viaGateway / radata, viaHttp, viaHttp / radata);
        }
        resultat.rad("");
        resultat.rad("Mål: kommandogateway ≥ 0,8 × rå, HTTP ≥ 0,5 × rå.");
        // after the table above, so that what it files (many thousands into the month) does not change its figures
        kommandosidanEnsam(gateway, medarbetare, enheter, projektioner, radataPerKlienter, resultat);
        ra.deleteMany(Filters.regex("_id", "^" + RA_PREFIX));
    }

    /** The gateway with every projection stopped, and how fast they catch up on what it filed when started again. */
    private void kommandosidanEnsam(CommandGateway gateway, Aktor medarbetare, List<EnhetId> enheter,
                                    Projektioner projektioner, Map<Integer, Double> radataPerKlienter,
                                    Resultat resultat) throws Exception {
        resultat.rad("");
        resultat.rad("Kommandosidan ensam: kommandogatewayen med alla projektioner stoppade, och hur fort de sedan "
                + "hinner ikapp det den registrerade.");
        resultat.rad("");
        resultat.rad("| klienter | kommandogateway utan projektioner/s | kvot mot rå | ikapp efteråt, händelser/s |");
        resultat.rad("| --- | --- | --- | --- |");
        for (int klienter : KLIENTER) {
            Ikapp.vanta(projektioner);
            AtomicLong registrerade = new AtomicLong();
            double utanProjektioner;
            try (Projektioner.Paus paus = projektioner.pausa()) {
                utanProjektioner = Genomstromning.perSekund(klienter, tid, (t, n) -> {
                    gateway.sendAndWait(registrera(medarbetare, enheter, n));
                    registrerade.incrementAndGet();
                });
            }
            long start = System.nanoTime();
            Ikapp.vanta(projektioner);
            double ikapp = registrerade.get() / ((System.nanoTime() - start) / 1e9);
            resultat.rad("| %d | %.0f | %.2f | %.0f |", klienter, utanProjektioner,
                    utanProjektioner / radataPerKlienter.get(klienter), ikapp);
        }
    }

    private Document handelseAttKopiera() {
        Document handelse = databas.getCollection("handelser")
                .find(new Document("payloadTyp", "se.kvalitetsledning.avvikelse.AvvikelseRegistrerad")).first();
        if (handelse == null) {
            throw new IllegalStateException("Ingen registrerad avvikelse i lagret att mäta storleken på");
        }
        handelse.remove("_id");
        handelse.remove("nyckel");
        return handelse;
    }

    private static RegistreraAvvikelse registrera(Aktor aktor, List<EnhetId> enheter, long nummer) {
        Instant nu = Instant.now();
        EnhetId enhet = enheter.get((int) (nummer % enheter.size()));
        return new RegistreraAvvikelse(AvvikelseId.nytt(), enhet, nu.minus(Duration.ofHours(1)),
                "Köket", "Mätning " + nummer, "Tröstade brukaren", 2, null, "B-17", false, aktor, nu);
    }
}
