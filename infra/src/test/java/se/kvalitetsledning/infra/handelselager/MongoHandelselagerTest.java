package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.kvalitetsledning.infra.handelselager.Provhandelser.fristaende;
import static se.kvalitetsledning.infra.handelselager.Provhandelser.notering;
import static se.kvalitetsledning.infra.handelselager.Provhandelser.noteringar;
import static se.kvalitetsledning.infra.handelselager.Provhandelser.nyttAggregat;
import static se.kvalitetsledning.infra.handelselager.Provhandelser.texter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kvalitetsledning.infra.handelselager.Lagringsplatser.Lagringsplats;
import se.kvalitetsledning.infra.handelselager.Provhandelser.Matning;
import se.kvalitetsledning.infra.handelselager.Provhandelser.Tillstand;

/**
 * The event store's contract with Axon, on both embedded backends and, when {@code MONGODB_URI} is set, on a real
 * MongoDB: aggregates, conflicts, snapshots, upcasting, tracking, whole commits, crashes and gaps. Reads go in
 * batches of three, so that every read crosses batch boundaries.
 */
class MongoHandelselagerTest {

    @RegisterExtension
    static final Lagringsplatser lagringsplatser = new Lagringsplatser();

    static Stream<Lagringsplats> platser() {
        return lagringsplatser.alla();
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ParameterizedTest(name = "{0}")
    @MethodSource("se.kvalitetsledning.infra.handelselager.MongoHandelselagerTest#platser")
    @interface PaVarjeLagringsplats {
    }

    @Nested
    class EttAggregat {

        @PaVarjeLagringsplats
        void laddasIOrdningOverFleraBatchar(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());
            String aggregat = nyttAggregat("a");
            String annat = nyttAggregat("b");
            long sekvens = 0;
            for (int storlek = 1; storlek <= 4; storlek++) {
                lager.appendEvents(noteringar(aggregat, sekvens, storlek));
                lager.appendEvents(noteringar(annat, sekvens, storlek));
                sekvens += storlek;
            }

            DomainEventStream strom = lager.readEvents(aggregat);
            List<? extends DomainEventMessage<?>> laddade = strom.asStream().toList();

            assertThat(texter(laddade)).containsExactlyElementsOf(forvantade(aggregat, 0, 10));
            assertThat(laddade).extracting(DomainEventMessage::getSequenceNumber)
                    .containsExactlyElementsOf(LongStream.range(0, 10).boxed().toList());
            assertThat(strom.getLastSequenceNumber()).isEqualTo(9L);
        }

        @PaVarjeLagringsplats
        void laddasFranSinOgonblicksbild(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());
            String aggregat = nyttAggregat("a");
            lager.appendEvents(noteringar(aggregat, 0, 10));
            lager.storeSnapshot(ogonblicksbild(aggregat, 5));

            assertThat(texter(lager.readEvents(aggregat, 6).asStream().toList()))
                    .containsExactlyElementsOf(forvantade(aggregat, 6, 4));
            EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(lager).build();
            try {
                List<? extends DomainEventMessage<?>> laddade = store.readEvents(aggregat).asStream().toList();
                assertThat(laddade.get(0).getPayload()).isEqualTo(new Tillstand(aggregat + " vid 5"));
                assertThat(texter(laddade.subList(1, laddade.size())))
                        .containsExactlyElementsOf(forvantade(aggregat, 6, 4));
            } finally {
                store.shutDown();
            }
        }

        @PaVarjeLagringsplats
        void enKonflikterandeCommitAvvisasHelOchLamnarIngenHandelseEfterSig(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            MongoHandelselager lager = lager(databas);
            String aggregat = nyttAggregat("a");
            String annat = nyttAggregat("b");
            lager.appendEvents(noteringar(aggregat, 0, 2));
            List<EventMessage<?>> konkurrent = new ArrayList<>(noteringar(annat, 0, 2));
            konkurrent.add(notering(aggregat, 1));

            assertThatThrownBy(() -> lager.appendEvents(konkurrent)).isInstanceOf(ConcurrencyException.class);

            assertThat(handelser(databas).countDocuments()).isEqualTo(2);
            assertThat(handelser(databas).countDocuments(in(Handelsdokument.NYCKEL,
                    Handelsdokument.nyckel(annat, 0), Handelsdokument.nyckel(annat, 1)))).isZero();
            assertThat(ladda(lager, annat)).isEmpty();
            assertThat(texter(ladda(lager, aggregat))).containsExactlyElementsOf(forvantade(aggregat, 0, 2));
            assertThat(texter(las(lager, null))).containsExactlyElementsOf(forvantade(aggregat, 0, 2));
        }

        @PaVarjeLagringsplats
        void efterEnAvvisadCommitSkriverBadaAggregatenVidare(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());
            String aggregat = nyttAggregat("a");
            String annat = nyttAggregat("b");
            lager.appendEvents(noteringar(aggregat, 0, 2));
            List<EventMessage<?>> konkurrent = new ArrayList<>(noteringar(annat, 0, 2));
            konkurrent.add(notering(aggregat, 1));
            assertThatThrownBy(() -> lager.appendEvents(konkurrent)).isInstanceOf(ConcurrencyException.class);

            lager.appendEvents(noteringar(annat, 0, 2));
            lager.appendEvents(notering(aggregat, 2));

            assertThat(texter(ladda(lager, annat))).containsExactlyElementsOf(forvantade(annat, 0, 2));
            assertThat(texter(ladda(lager, aggregat))).containsExactlyElementsOf(forvantade(aggregat, 0, 3));
        }

        @PaVarjeLagringsplats
        void ettNyttAggregatMedEnUpptagenIdentitetAvvisas(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            MongoHandelselager lager = lager(databas);
            String aggregat = nyttAggregat("a");
            lager.appendEvents(notering(aggregat, 0));

            assertThatThrownBy(() -> lager.appendEvents(noteringar(aggregat, 0, 2)))
                    .isInstanceOf(AggregateStreamCreationException.class);
            assertThat(handelser(databas).countDocuments()).isEqualTo(1);
        }

        @PaVarjeLagringsplats
        void kannerSittSenasteSekvensnummer(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());

            assertThat(lager.lastSequenceNumberFor(nyttAggregat("tomt"))).isEmpty();
            for (long senaste : new long[] {0, 1, 5, 1000}) {
                String aggregat = nyttAggregat("a" + senaste);
                lager.appendEvents(noteringar(aggregat, 0, (int) senaste + 1));
                assertThat(lager.lastSequenceNumberFor(aggregat)).as("efter %d händelser", senaste + 1)
                        .contains(senaste);
            }
        }
    }

    @Nested
    class GlobalaNummer {

        @PaVarjeLagringsplats
        void samtidigaSkrivareFarVarsinaNummer(Lagringsplats plats) throws Exception {
            MongoHandelselager lager = lager(plats.tom());
            ExecutorService tradar = Executors.newFixedThreadPool(8);
            List<Future<List<String>>> skrivare = new ArrayList<>();
            for (int nr = 0; nr < 8; nr++) {
                skrivare.add(tradar.submit(() -> skrivEnOchEn(lager, nyttAggregat("s"), 150)));
            }
            List<String> skrivna = new ArrayList<>();
            try {
                for (Future<List<String>> f : skrivare) {
                    skrivna.addAll(f.get(30, TimeUnit.SECONDS));
                }
            } finally {
                tradar.shutdownNow();
            }

            List<TrackedEventMessage<?>> lasta = las(lager, null);

            assertThat(lasta).extracting(Message::getIdentifier).containsExactlyInAnyOrderElementsOf(skrivna);
            assertThat(lasta).extracting(h -> h.trackingToken().position().orElseThrow())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, skrivna.size()).boxed().toList());
        }

        @PaVarjeLagringsplats
        void enAvvisadCommitTarAldrigBortEnAnnanCommitsHandelser(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            String aggregat = nyttAggregat("a");
            lager(databas).appendEvents(noteringar(aggregat, 0, 2));
            // as when the counter has handed out a number twice
            databas.getCollection(MongoHandelselager.RAKNARE).updateOne(eq("_id", "global"), Updates.set("varde", 0L));
            MongoHandelselager lager = lager(databas);

            catchThrowable(() -> lager.appendEvents(notering(nyttAggregat("b"), 0)));

            assertThat(texter(ladda(lager, aggregat))).containsExactlyElementsOf(forvantade(aggregat, 0, 2));
        }

        private static List<String> skrivEnOchEn(MongoHandelselager lager, String aggregat, int antal) {
            List<String> skrivna = new ArrayList<>();
            for (int sekvens = 0; sekvens < antal; sekvens++) {
                DomainEventMessage<?> handelse = notering(aggregat, sekvens);
                lager.appendEvents(handelse);
                skrivna.add(handelse.getIdentifier());
            }
            return skrivna;
        }
    }

    @Nested
    class Ogonblicksbilder {

        @PaVarjeLagringsplats
        void enSparadOgonblicksbildLasesTillbaka(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());
            String aggregat = nyttAggregat("a");

            lager.storeSnapshot(ogonblicksbild(aggregat, 5));

            assertThat(lager.readSnapshot(aggregat)).hasValueSatisfying(bild -> {
                assertThat(bild.getAggregateIdentifier()).isEqualTo(aggregat);
                assertThat(bild.getSequenceNumber()).isEqualTo(5);
                assertThat(bild.getPayload()).isEqualTo(new Tillstand(aggregat + " vid 5"));
            });
            assertThat(lager.readSnapshot(nyttAggregat("utan"))).isEmpty();
        }

        @PaVarjeLagringsplats
        void enAldreOgonblicksbildErsatterInteEnNyare(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());
            String aggregat = nyttAggregat("a");

            lager.storeSnapshot(ogonblicksbild(aggregat, 5));
            lager.storeSnapshot(ogonblicksbild(aggregat, 3));
            assertThat(lager.readSnapshot(aggregat)).map(DomainEventMessage::getSequenceNumber).contains(5L);

            lager.storeSnapshot(ogonblicksbild(aggregat, 8));
            assertThat(lager.readSnapshot(aggregat)).map(DomainEventMessage::getSequenceNumber).contains(8L);
        }
    }

    @Nested
    class Uppkastning {

        @PaVarjeLagringsplats
        void enHandelseLagradIRevisionEttLasesSomRevisionTva(Lagringsplats plats) throws IOException {
            MongoDatabase databas = plats.tom();
            HandskrivenCommit.taNummer(databas, 1);
            handelser(databas).insertOne(Document.parse(fixtur("matning-revision-1.json")));

            MongoHandelselager lager = Provhandelser.lager(databas)
                    .upcasterChain(new EventUpcasterChain(new MatningUppkastare()))
                    .build();

            Matning uppkastad = new Matning("12.5", "okand");
            assertThat(ladda(lager, "matare-1")).singleElement().extracting(Message::getPayload).isEqualTo(uppkastad);
            assertThat(las(lager, null)).singleElement().extracting(Message::getPayload).isEqualTo(uppkastad);
        }
    }

    @Nested
    class Sparning {

        @PaVarjeLagringsplats
        void svansenArIngenTokenOchLaserAlltFranBorjan(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());
            String aggregat = nyttAggregat("a");
            lager.appendEvents(noteringar(aggregat, 0, 2));
            lager.appendEvents(noteringar(aggregat, 2, 3));

            assertThat(lager.createTailToken()).isNull();
            assertThat(texter(las(lager, lager.createTailToken())))
                    .containsExactlyElementsOf(forvantade(aggregat, 0, 5));
        }

        @PaVarjeLagringsplats
        void huvudetLaserBaraHandelserSkrivnaEfterDet(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());
            String aggregat = nyttAggregat("a");
            lager.appendEvents(noteringar(aggregat, 0, 3));

            TrackingToken huvud = lager.createHeadToken();
            assertThat(las(lager, huvud)).isEmpty();
            lager.appendEvents(noteringar(aggregat, 3, 2));

            assertThat(texter(las(lager, huvud))).containsExactlyElementsOf(forvantade(aggregat, 3, 2));
        }

        @PaVarjeLagringsplats
        void enTidpunktLaserHandelserFranOchMedDen(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());
            String aggregat = nyttAggregat("a");
            Instant borjan = Instant.parse("2025-01-01T08:00:00Z");
            for (int timme = 0; timme < 5; timme++) {
                lager.appendEvents(notering(aggregat, timme, borjan.plus(Duration.ofHours(timme))));
            }

            assertThat(texter(las(lager, lager.createTokenAt(borjan.minusSeconds(1)))))
                    .containsExactlyElementsOf(forvantade(aggregat, 0, 5));
            assertThat(texter(las(lager, lager.createTokenAt(borjan.plus(Duration.ofHours(2))))))
                    .containsExactlyElementsOf(forvantade(aggregat, 2, 3));
            assertThat(texter(las(lager, lager.createTokenAt(borjan.plus(Duration.ofMinutes(121))))))
                    .containsExactlyElementsOf(forvantade(aggregat, 3, 2));
            assertThat(las(lager, lager.createTokenAt(borjan.plus(Duration.ofHours(5))))).isEmpty();
        }

        @PaVarjeLagringsplats
        void enOmspelningGerVarjeHandelseEnGangIGlobalOrdning(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());
            List<String> skrivna = new ArrayList<>();
            List<String> aggregat = List.of(nyttAggregat("a"), nyttAggregat("b"), nyttAggregat("c"));
            long sekvens = 0;
            for (int varv = 0; varv < 5; varv++) {
                for (int i = 0; i < aggregat.size(); i++) {
                    int storlek = 1 + (varv + i) % 4;
                    List<DomainEventMessage<?>> commit = noteringar(aggregat.get(i), sekvens, storlek);
                    lager.appendEvents(commit);
                    commit.forEach(h -> skrivna.add(h.getIdentifier()));
                }
                sekvens += 4;
            }

            List<TrackedEventMessage<?>> lasta = las(lager, null);

            assertThat(lasta).extracting(Message::getIdentifier).containsExactlyElementsOf(skrivna);
            assertThat(lasta).extracting(h -> h.trackingToken().position().orElseThrow())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, skrivna.size()).boxed().toList());
            assertThat(las(lager, lasta.get(19).trackingToken())).extracting(Message::getIdentifier)
                    .containsExactlyElementsOf(skrivna.subList(20, skrivna.size()));
        }

        @PaVarjeLagringsplats
        void handelserUtanforAggregatSparasOcksa(Lagringsplats plats) {
            MongoHandelselager lager = lager(plats.tom());
            String aggregat = nyttAggregat("a");
            List<EventMessage<?>> skrivna = List.of(fristaende("ett"), fristaende("tva"), notering(aggregat, 0),
                    fristaende("tre"));
            lager.appendEvents(skrivna.subList(0, 2));
            lager.appendEvents(skrivna.get(2));
            lager.appendEvents(skrivna.get(3));

            List<TrackedEventMessage<?>> lasta = las(lager, null);

            assertThat(texter(lasta)).containsExactly("ett", "tva", aggregat + ":0", "tre");
            assertThat(lasta).extracting(Message::getIdentifier)
                    .containsExactlyElementsOf(skrivna.stream().map(Message::getIdentifier).toList());
            assertThat(lasta.get(0)).isNotInstanceOf(DomainEventMessage.class);
            assertThat(lasta.get(2)).isInstanceOf(DomainEventMessage.class);
        }
    }

    /**
     * These read in batches of ten, so that the events written after a commit in progress fall in the same batch as
     * its visible part (see {@code enOfullbordadCommitSomFyllerEnHelBatchStopparInteSparet}).
     */
    @Nested
    class BaraHelaCommits {

        @PaVarjeLagringsplats
        void enCommitSynsForstNarAllaDessHandelserArSkrivna(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            MongoHandelselager lager = Provhandelser.lager(databas).batchSize(10).sparbatch(10).build();
            String aggregat = nyttAggregat("a");
            String senare = nyttAggregat("b");
            HandskrivenCommit pagaende = HandskrivenCommit.reservera(databas, noteringar(aggregat, 0, 3)).skriv(0, 2);
            lager.appendEvents(notering(senare, 0));

            List<TrackedEventMessage<?>> fore = las(lager, null);
            assertThat(texter(fore)).containsExactly(senare + ":0");
            assertThat(ladda(lager, aggregat)).isEmpty();

            pagaende.skrivResten();

            assertThat(texter(las(lager, sista(fore)))).containsExactlyElementsOf(forvantade(aggregat, 0, 3));
            assertThat(texter(ladda(lager, aggregat))).containsExactlyElementsOf(forvantade(aggregat, 0, 3));
        }

        @PaVarjeLagringsplats
        void ettAggregatLaddasTillSinSenasteHelaCommit(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            MongoHandelselager lager = lager(databas);
            String aggregat = nyttAggregat("a");
            lager.appendEvents(noteringar(aggregat, 0, 2));
            HandskrivenCommit.reservera(databas, noteringar(aggregat, 2, 4)).skriv(0, 1, 2);

            assertThat(texter(ladda(lager, aggregat))).containsExactlyElementsOf(forvantade(aggregat, 0, 2));
        }

        @PaVarjeLagringsplats
        void enOfullbordadCommitSomFyllerEnHelBatchStopparInteSparet(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            MongoHandelselager lager = lager(databas);
            String senare = nyttAggregat("b");
            HandskrivenCommit.reservera(databas, noteringar(nyttAggregat("a"), 0, 3)).skriv(0, 2);
            lager.appendEvents(notering(senare, 0));

            assertThat(texter(las(lager, null))).containsExactly(senare + ":0");
        }
    }

    @Nested
    class AvbrutnaCommits {

        @PaVarjeLagringsplats
        void enEnsamSkrivareTarBortDemNarDenStartar(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            String aggregat = nyttAggregat("a");
            String ovrigt = nyttAggregat("b");
            MongoHandelselager fore = lager(databas);
            fore.appendEvents(noteringar(ovrigt, 0, 2));
            HandskrivenCommit avbruten = HandskrivenCommit.reservera(databas, noteringar(aggregat, 0, 3)).skriv(0, 1);
            fore.appendEvents(noteringar(ovrigt, 2, 2));

            MongoHandelselager efter = Provhandelser.lager(databas).batchSize(3).sparbatch(3).ensamSkrivare(true).build();

            assertThat(avbruten.antalKvar()).isZero();
            assertThat(texter(ladda(efter, ovrigt))).containsExactlyElementsOf(forvantade(ovrigt, 0, 4));
            efter.appendEvents(noteringar(aggregat, 0, 3));
            assertThat(texter(ladda(efter, aggregat))).containsExactlyElementsOf(forvantade(aggregat, 0, 3));
        }

        @PaVarjeLagringsplats
        void enSomKanVaraPagaendeLamnasKvarNarFleraKanSkriva(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            HandskrivenCommit pagaende = HandskrivenCommit.reservera(databas, noteringar(nyttAggregat("a"), 0, 3))
                    .skriv(0, 1);

            lager(databas);

            assertThat(pagaende.antalKvar()).isEqualTo(2);
        }

        @PaVarjeLagringsplats
        void enGammalSomStarISkrivningensVagTasBortOchSkrivningenLyckas(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            MongoHandelselager lager = lager(databas);
            String aggregat = nyttAggregat("a");
            lager.appendEvents(notering(aggregat, 0));
            Instant foreLucktiden = Instant.now().minus(Duration.ofMinutes(5));
            HandskrivenCommit avbruten = HandskrivenCommit
                    .reservera(databas, noteringar(aggregat, 1, 3, foreLucktiden)).skriv(0, 1);

            List<DomainEventMessage<?>> ny = noteringar(aggregat, 1, 2);
            lager.appendEvents(ny);

            assertThat(avbruten.antalKvar()).isZero();
            assertThat(ladda(lager, aggregat).subList(1, 3)).extracting(Message::getIdentifier)
                    .containsExactlyElementsOf(ny.stream().map(Message::getIdentifier).toList());
        }

        @PaVarjeLagringsplats
        void enUngSomStarISkrivningensVagGerKonflikt(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            MongoHandelselager lager = lager(databas);
            String aggregat = nyttAggregat("a");
            String nytt = nyttAggregat("b");
            lager.appendEvents(notering(aggregat, 0));
            HandskrivenCommit pagaende = HandskrivenCommit.reservera(databas, noteringar(aggregat, 1, 3)).skriv(0, 1);
            HandskrivenCommit skapande = HandskrivenCommit.reservera(databas, noteringar(nytt, 0, 2)).skriv(0);

            assertThatThrownBy(() -> lager.appendEvents(noteringar(aggregat, 1, 2)))
                    .isInstanceOf(ConcurrencyException.class);
            assertThatThrownBy(() -> lager.appendEvents(noteringar(nytt, 0, 1)))
                    .isInstanceOf(AggregateStreamCreationException.class);
            assertThat(pagaende.antalKvar()).isEqualTo(2);
            assertThat(skapande.antalKvar()).isEqualTo(1);
        }
    }

    @Nested
    class Luckor {

        @PaVarjeLagringsplats
        void enPagaendeCommitsNummerBlirLuckorISparet(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            MongoHandelselager lager = lager(databas);
            String senare = nyttAggregat("b");
            HandskrivenCommit pagaende = HandskrivenCommit.reservera(databas, noteringar(nyttAggregat("a"), 0, 2));
            lager.appendEvents(noteringar(senare, 0, 3));

            List<TrackedEventMessage<?>> lasta = las(lager, null);

            assertThat(texter(lasta)).containsExactlyElementsOf(forvantade(senare, 0, 3));
            assertThat(sista(lasta).getGaps()).containsAll(pagaende.nummer());
        }

        @PaVarjeLagringsplats
        void enSenCommitLevererasExaktEnGangNarDenValSkrivs(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            MongoHandelselager lager = lager(databas);
            String sen = nyttAggregat("a");
            String senare = nyttAggregat("b");
            HandskrivenCommit pagaende = HandskrivenCommit.reservera(databas, noteringar(sen, 0, 2));
            lager.appendEvents(noteringar(senare, 0, 3));
            TrackingToken medLuckor = sista(las(lager, null));

            pagaende.skrivResten();
            List<TrackedEventMessage<?>> sena = las(lager, medLuckor);

            assertThat(texter(sena)).containsExactlyElementsOf(forvantade(sen, 0, 2));
            assertThat(sista(sena).getGaps()).doesNotContainAnyElementsOf(pagaende.nummer());
            assertThat(las(lager, sista(sena))).isEmpty();
            lager.appendEvents(notering(senare, 3));
            assertThat(texter(las(lager, sista(sena)))).containsExactly(senare + ":3");
        }

        @PaVarjeLagringsplats
        void luckorGesUppNarHandelsernaEfterDemArAldreAnLucktiden(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            FlyttbarKlocka klocka = new FlyttbarKlocka(Instant.now());
            MongoHandelselager lager = lagerMedLucktidEnSekund(databas, klocka);
            String senare = nyttAggregat("b");
            HandskrivenCommit overgiven = HandskrivenCommit.reservera(databas, noteringar(nyttAggregat("a"), 0, 2));
            lager.appendEvents(noteringar(senare, 0, 3));
            assertThat(sista(las(lager, null)).getGaps()).containsAll(overgiven.nummer());

            klocka.flyttaFram(Duration.ofSeconds(10));
            List<TrackedEventMessage<?>> lasta = las(lager, null);

            assertThat(texter(lasta)).containsExactlyElementsOf(forvantade(senare, 0, 3));
            assertThat(sista(lasta).getGaps()).isEmpty();
            overgiven.skrivResten();
            assertThat(las(lager, sista(lasta))).isEmpty();
        }
    }

    @Nested
    class InaktuellaLuckor {

        @PaVarjeLagringsplats
        void enNyHandelseBarInteMedSigLuckorSomArAldreAnLucktiden(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            FlyttbarKlocka klocka = new FlyttbarKlocka(Instant.now());
            MongoHandelselager lager = lagerMedLucktidEnSekund(databas, klocka);
            String aggregat = nyttAggregat("b");
            HandskrivenCommit overgiven = HandskrivenCommit.reservera(databas, noteringar(nyttAggregat("a"), 0, 2));
            lager.appendEvents(noteringar(aggregat, 0, 2));
            GapAwareTrackingToken medLuckor = sista(las(lager, null));
            assertThat(medLuckor.getGaps()).containsAll(overgiven.nummer());

            klocka.flyttaFram(Duration.ofSeconds(10));
            lager.appendEvents(notering(aggregat, 2));
            List<TrackedEventMessage<?>> lasta = las(lager, medLuckor);

            assertThat(texter(lasta)).containsExactly(aggregat + ":2");
            assertThat(sista(lasta).getGaps()).as("gaps older than the gap timeout are not carried on").isEmpty();
        }

        @PaVarjeLagringsplats
        void enSenCommitSomFinnsNarDenLasesLevererasAvenEfterLucktiden(Lagringsplats plats) {
            MongoDatabase databas = plats.tom();
            FlyttbarKlocka klocka = new FlyttbarKlocka(Instant.now());
            MongoHandelselager lager = lagerMedLucktidEnSekund(databas, klocka);
            String sen = nyttAggregat("a");
            HandskrivenCommit forsenad = HandskrivenCommit.reservera(databas, noteringar(sen, 0, 2));
            lager.appendEvents(noteringar(nyttAggregat("b"), 0, 2));
            GapAwareTrackingToken medLuckor = sista(las(lager, null));

            klocka.flyttaFram(Duration.ofSeconds(10));
            forsenad.skrivResten();

            assertThat(texter(las(lager, medLuckor))).as("present when read, so delivered, not dropped")
                    .containsExactlyElementsOf(forvantade(sen, 0, 2));
        }
    }

    /** With one writer, the tracking reads show only commits made durable: no projection holds what a crash undoes. */
    @Nested
    class Hallbarhet {

        @PaVarjeLagringsplats
        void enCommitVisasForSparetForstNarDenArHallbar(Lagringsplats plats) throws Exception {
            Sparr sparr = new Sparr();
            MongoHandelselager lager = Provhandelser.lager(plats.tom()).batchSize(3).sparbatch(3).ensamSkrivare(true)
                    .gorHallbart(sparr::vanta).build();
            String forsta = nyttAggregat("a");
            String andra = nyttAggregat("b");
            lager.appendEvents(noteringar(forsta, 0, 2));
            sparr.stang();
            ExecutorService skrivare = Executors.newSingleThreadExecutor();
            Future<?> skrivning = skrivare.submit(() -> lager.appendEvents(noteringar(andra, 0, 2)));
            assertThat(sparr.vantande.await(10, TimeUnit.SECONDS)).as("the second commit waits to be durable").isTrue();

            assertThat(texter(ladda(lager, andra))).as("written").containsExactlyElementsOf(forvantade(andra, 0, 2));
            assertThat(texter(las(lager, null))).as("not yet shown").containsExactlyElementsOf(forvantade(forsta, 0, 2));

            sparr.oppna();
            skrivning.get(10, TimeUnit.SECONDS);
            skrivare.shutdown();
            assertThat(texter(las(lager, null))).containsExactlyElementsOf(
                    Stream.concat(forvantade(forsta, 0, 2).stream(), forvantade(andra, 0, 2).stream()).toList());
        }

        @PaVarjeLagringsplats
        void enCommitSomInteKundeGorasHallbarVisarIngentingEfterSig(Lagringsplats plats) {
            boolean[] fel = {false};
            MongoHandelselager lager = Provhandelser.lager(plats.tom()).batchSize(3).sparbatch(3).ensamSkrivare(true)
                    .gorHallbart(() -> {
                        if (fel[0]) {
                            throw new IllegalStateException("disken är full");
                        }
                    }).build();
            String forsta = nyttAggregat("a");
            lager.appendEvents(noteringar(forsta, 0, 1));
            fel[0] = true;
            assertThatThrownBy(() -> lager.appendEvents(noteringar(nyttAggregat("b"), 0, 1)))
                    .hasMessageContaining("disken är full");
            fel[0] = false;
            lager.appendEvents(noteringar(nyttAggregat("c"), 0, 1));

            assertThat(texter(las(lager, null))).containsExactly(forsta + ":0");
        }
    }

    /** A durability step that can be held closed, to look at what is visible while a commit waits in it. */
    private static final class Sparr {
        private final CountDownLatch vantande = new CountDownLatch(1);
        private final CountDownLatch oppen = new CountDownLatch(1);
        private volatile boolean stangd;

        void stang() {
            stangd = true;
        }

        void oppna() {
            oppen.countDown();
        }

        void vanta() {
            if (!stangd) {
                return;
            }
            vantande.countDown();
            try {
                oppen.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Brings {@link Matning} from revision 1, which had no unit, to revision 2. */
    static final class MatningUppkastare extends SingleEventUpcaster {

        private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(Matning.class.getName(), "1");
        private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(Matning.class.getName(), "2");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation handelse) {
            return handelse.getType().equals(REVISION_1);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation handelse) {
            return handelse.upcastPayload(REVISION_2, JsonNode.class, p -> ((ObjectNode) p).put("enhet", "okand"));
        }
    }

    private static MongoHandelselager lagerMedLucktidEnSekund(MongoDatabase databas, FlyttbarKlocka klocka) {
        return Provhandelser.lager(databas).batchSize(3).sparbatch(3).luckTimeout(Duration.ofSeconds(1))
                .clock(klocka).build();
    }

    private static MongoHandelselager lager(MongoDatabase databas) {
        return Provhandelser.lager(databas).batchSize(3).sparbatch(3).build();
    }

    private static MongoCollection<Document> handelser(MongoDatabase databas) {
        return databas.getCollection(MongoHandelselager.HANDELSER);
    }

    private static List<TrackedEventMessage<?>> las(EventStorageEngine lager, TrackingToken fran) {
        try (Stream<? extends TrackedEventMessage<?>> strom = lager.readEvents(fran, false)) {
            return strom.<TrackedEventMessage<?>>map(h -> h).toList();
        }
    }

    private static List<DomainEventMessage<?>> ladda(EventStorageEngine lager, String aggregat) {
        return lager.readEvents(aggregat).asStream().<DomainEventMessage<?>>map(h -> h).toList();
    }

    private static GapAwareTrackingToken sista(List<TrackedEventMessage<?>> lasta) {
        assertThat(lasta).isNotEmpty();
        return (GapAwareTrackingToken) lasta.get(lasta.size() - 1).trackingToken();
    }

    private static List<String> forvantade(String aggregat, long fran, int antal) {
        return LongStream.range(fran, fran + antal).mapToObj(s -> aggregat + ":" + s).toList();
    }

    private static DomainEventMessage<Tillstand> ogonblicksbild(String aggregat, long sekvens) {
        return new GenericDomainEventMessage<>(Provhandelser.TYP, aggregat, sekvens,
                new Tillstand(aggregat + " vid " + sekvens));
    }

    private static String fixtur(String namn) throws IOException {
        try (InputStream in = MongoHandelselagerTest.class.getResourceAsStream("/handelselager/" + namn)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
