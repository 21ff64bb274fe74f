package se.kvalitetsledning.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.AvvikelseRegistrerad;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.infra.handelselager.MongoHandelselager;
import se.kvalitetsledning.infra.mongo.GruppCommit;
import se.kvalitetsledning.infra.mongo.InbyggdMongoServer;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The event store at scale on the embedded H2 file store: fills it to 10k, 100k and 1M events through the engine
 * and prints, at each size, aggregate load and tracking batch times, the replay rate against a raw cursor read,
 * and append throughput with 1, 4 and 16 clients against a raw {@code insertOne} of the same document, both made
 * durable by the same group commit. Run:
 * {@code ./mvnw -B -Pbench -Dbench.program=HandelselagerBenchmark -DskipTests verify} ({@code -Dbench.storlek=100000}
 * for a shorter run).
 */
public final class HandelselagerBenchmark {

    private static final int HANDELSER_PER_AGGREGAT = 10;
    private static final int MATNINGAR = 200;
    private static final int SKRIVNINGAR = 2_000;

    private final MongoHandelselager lager;
    private final MongoCollection<Document> handelser;
    private final MongoCollection<Document> ra;
    private final GruppCommit hallbarhet;
    private final Serializer serializer;
    private final Random slump = new Random(42);
    private long aggregat;

    private HandelselagerBenchmark(MongoDatabase databas, GruppCommit hallbarhet) {
        this.serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper().findAndRegisterModules()).build();
        this.lager = MongoHandelselager.builder().databas(databas).eventSerializer(serializer)
                .snapshotSerializer(serializer).sparbatch(250).nummerblock(64).ensamSkrivare(true)
                .gorHallbart(hallbarhet::sakerstall).build();
        this.handelser = databas.getCollection("handelser");
        // a collection in the events' file (the embedded store keeps the others in another); no snapshots are made
        this.ra = databas.getCollection("ogonblicksbilder");
        this.hallbarhet = hallbarhet;
    }

    public static void main(String[] args) throws Exception {
        long storlek = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path katalog = Files.createTempDirectory("handelselager-bench");
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            var bench = new HandelselagerBenchmark(klient.getDatabase("bench"), new GruppCommit(server));
            System.out.printf("Händelselagret på den inbyggda H2-filen (%s), %d kärnor%n", katalog,
                    Runtime.getRuntime().availableProcessors());
            for (long mal : List.of(10_000L, 100_000L, 1_000_000L)) {
                if (mal > storlek) {
                    break;
                }
                long start = System.nanoTime();
                bench.fyllTill(mal);
                System.out.printf("%n== %,d händelser (fyllning %.1f s) ==%n", mal, sekunder(start));
                bench.matLasning();
                bench.matAterspelning();
                bench.matSkrivning();
            }
        }
    }

    private void fyllTill(long mal) throws Exception {
        ExecutorService tradar = Executors.newFixedThreadPool(4);
        List<Future<?>> jobb = new ArrayList<>();
        long behov = (mal - aggregat * HANDELSER_PER_AGGREGAT) / HANDELSER_PER_AGGREGAT;
        AtomicLong kvar = new AtomicLong(behov);
        for (int t = 0; t < 4; t++) {
            jobb.add(tradar.submit(() -> {
                while (kvar.getAndDecrement() > 0) {
                    String id = nyttAggregat();
                    List<DomainEventMessage<?>> commit = new ArrayList<>();
                    for (int s = 0; s < HANDELSER_PER_AGGREGAT; s++) {
                        commit.add(handelse(id, s));
                    }
                    lager.appendEvents(commit);
                }
            }));
        }
        for (Future<?> f : jobb) {
            f.get();
        }
        tradar.shutdown();
    }

    private void matLasning() {
        long antal = aggregat;
        double[] laddning = mat(() -> {
            String id = "bench-" + (1 + (long) (slump.nextDouble() * antal));
            return lager.readEvents(id).asStream().count();
        });
        long hogsta = antal * HANDELSER_PER_AGGREGAT; // the write measurements' events come after these
        double[] batch = mat(() -> {
            long position = (long) (slump.nextDouble() * (hogsta - 200));
            return lager.readEvents(GapAwareTrackingToken.newInstance(position, List.of()), false).limit(250).count();
        });
        System.out.printf("Ladda ett aggregat (%d händelser): p50 %.2f ms, p95 %.2f ms%n", HANDELSER_PER_AGGREGAT,
                laddning[0], laddning[1]);
        System.out.printf("Läsa en spårningsbatch (250):     p50 %.2f ms, p95 %.2f ms%n", batch[0], batch[1]);
    }

    private void matAterspelning() {
        long start = System.nanoTime();
        long lasta = lager.readEvents(null, false).count();
        double aterspelning = lasta / sekunder(start);
        start = System.nanoTime();
        long raa = 0;
        for (Document ignored : handelser.find().batchSize(1_000)) {
            raa++;
        }
        double markor = raa / sekunder(start);
        start = System.nanoTime();
        long hogsta = aggregat * HANDELSER_PER_AGGREGAT;
        long viaIn = 0;
        for (long fran = 1; fran <= hogsta; fran += 250) {
            List<Long> nummer = java.util.stream.LongStream.range(fran, fran + 250).boxed().toList();
            for (Document ignored : handelser.find(com.mongodb.client.model.Filters.in("_id", nummer))) {
                viaIn++;
            }
        }
        double raIn = viaIn / sekunder(start);
        System.out.printf("Återspelning: %,.0f händelser/s; rå markör: %,.0f dokument/s (kvot %.2f);"
                + " rå _id $in 250: %,.0f dokument/s (kvot %.2f)%n", aterspelning, markor, aterspelning / markor,
                raIn, aterspelning / raIn);
    }

    private void matSkrivning() throws Exception {
        for (int klienter : List.of(1, 4, 16)) {
            double motor = genomstromning(klienter, () -> {
                lager.appendEvents(List.of(handelse("skriv-" + UUID.randomUUID(), 0)));
            });
            Document mall = new Document(handelserDokument());
            double raa = genomstromning(klienter, () -> {
                ra.insertOne(new Document(mall));
                hallbarhet.sakerstall();
            });
            System.out.printf("Skriva, %2d klienter: händelselagret %,.0f/s, rå insertOne %,.0f/s, kvot %.2f%n",
                    klienter, motor, raa, motor / raa);
        }
    }

    private double genomstromning(int klienter, Runnable skrivning) throws Exception {
        ExecutorService tradar = Executors.newFixedThreadPool(klienter);
        AtomicLong kvar = new AtomicLong(SKRIVNINGAR);
        long start = System.nanoTime();
        List<Future<?>> jobb = new ArrayList<>();
        for (int t = 0; t < klienter; t++) {
            jobb.add(tradar.submit(() -> {
                while (kvar.getAndDecrement() > 0) {
                    skrivning.run();
                }
            }));
        }
        for (Future<?> f : jobb) {
            f.get();
        }
        tradar.shutdown();
        return SKRIVNINGAR / sekunder(start);
    }

    /** A stored event as a plain document, for the raw insert of the same size. */
    private Document handelserDokument() {
        Document forebild = handelser.find().first();
        forebild.remove("_id");
        forebild.put("nyckel", UUID.randomUUID().toString());
        return forebild;
    }

    private double[] mat(LongSupplier operation) {
        double[] tider = new double[MATNINGAR];
        for (int i = 0; i < MATNINGAR; i++) {
            long start = System.nanoTime();
            operation.getAsLong();
            tider[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(tider);
        return new double[] {tider[MATNINGAR / 2], tider[MATNINGAR * 95 / 100]};
    }

    private synchronized String nyttAggregat() {
        return "bench-" + (++aggregat);
    }

    private static DomainEventMessage<AvvikelseRegistrerad> handelse(String aggregat, long sekvens) {
        Instant nu = Instant.now();
        var registrerad = new AvvikelseRegistrerad(new AvvikelseId(UUID.randomUUID()), new EnhetId("gruppbostad-eken"),
                nu, "Köket", "Brukaren fick fel mat vid lunchen och reagerade med illamående; personalen ringde "
                + "sjuksköterskan som bedömde läget och gav råd.", "Tröstade brukaren och kontaktade sjuksköterska",
                2, new KategoriId("bemotande"), "B-17", false, new Anvandare("anna", "Anna Andersson"), nu, null);
        return new GenericDomainEventMessage<>("Avvikelse", aggregat, sekvens, registrerad);
    }

    private static double sekunder(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
