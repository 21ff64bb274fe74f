package se.kvalitetsledning.infra.kvalitetsberattelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.AvvikelseKlassificerad;
import se.kvalitetsledning.avvikelse.AvvikelseRegistrerad;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.kvalitetsberattelse.Avsnitt;
import se.kvalitetsledning.kvalitetsberattelse.Innehall;
import se.kvalitetsledning.kvalitetsberattelse.Omfang;
import se.kvalitetsledning.kvalitetsberattelse.Tabell;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The seed municipality's LSS avvikelser of 2021 and 2022, stored as events, through the real projections into the
 * generated berättelse: 2021's three most common categories are 34 in all, 2022's are självskada 102, insats 15 and
 * bemötande 15, each beside the year before; an avvikelse in two kvalitetsområden counts once per category.
 */
class KvalitetsberattelsegeneratorIT {

    private static final Omfang LSS = new Omfang(Omfang.Niva.VERKSAMHETSOMRADE, "lss");
    private static final Anvandare ANNA = new Anvandare("anna", "Anna Andersson");

    private static KorandeApplikation app;
    private static Kvalitetsberattelsegenerator generator;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        generator = app.bona(Kvalitetsberattelsegenerator.class);
        List<EventMessage<?>> handelser = new ArrayList<>();
        avvikelser(handelser, 2021, "bemotande", 14);
        avvikelser(handelser, 2021, "hot-vald", 12);
        avvikelser(handelser, 2021, "overgrepp", 8);
        avvikelser(handelser, 2021, "utforande-insats", 4);
        avvikelser(handelser, 2022, "sjalvskada", 102);
        avvikelser(handelser, 2022, "utforande-insats", 15);
        avvikelser(handelser, 2022, "bemotande", 15);
        avvikelser(handelser, 2022, "hot-vald", 10);
        // another verksamhetsområde: outside the scope
        handelser.add(registrerad(new AvvikelseId(UUID.randomUUID()), "solgarden", 2022, "sjalvskada"));
        app.bona(EventStore.class).publish(handelser);
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void ar2022sTreVanligasteMed2021Bredvid() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                rader(tabell(generator.generera(2022, LSS), Avsnitt.AVVIKELSER, "avvikelser-kategorier")))
                .last().isEqualTo(List.of("Totalt", "38", "142")));
        Innehall innehall = generator.generera(2022, LSS);

        Tabell toppTre = tabell(innehall, Avsnitt.AVVIKELSER, "avvikelser-topp-tre");
        assertThat(toppTre.kolumner()).containsExactly("Kategori", "2021", "2022");
        assertThat(rader(toppTre)).containsExactly(
                List.of("Självskada och suicidförsök", "0", "102"),
                List.of("Bemötande", "14", "15"),
                List.of("Insats fördröjd eller felaktigt utförd", "4", "15"),
                List.of("Totalt", "18", "132"));
        assertThat(toppTre.byggtFran()).contains("avvikelsestatistiken", "LSS (3 enheter)", "2021 och 2022");
        Tabell omraden = tabell(innehall, Avsnitt.AVVIKELSER, "avvikelser-kvalitetsomraden");
        assertThat(rader(omraden)).contains(List.of("Trygghet och säkerhet", "0", "1"),
                List.of("Självbestämmande och integritet", "0", "1"));
        assertThat(innehall.avsnitt()).extracting(Innehall.Avsnittsinnehall::avsnitt).containsExactly(
                Avsnitt.RISKANALYSER, Avsnitt.EGENKONTROLLER, Avsnitt.AVVIKELSER, Avsnitt.LEX_SARAH,
                Avsnitt.SYNPUNKTER, Avsnitt.ATGARDER, Avsnitt.MAL_OCH_RESULTAT);
        assertThat(rader(tabell(innehall, Avsnitt.LEX_SARAH, "lex-sarah")).get(0))
                .isEqualTo(List.of("Rapporter mottagna", "0", "0"));
    }

    @Test
    void ar2021sTreVanligasteArTrettiofyraIAllt() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                rader(tabell(generator.generera(2021, LSS), Avsnitt.AVVIKELSER, "avvikelser-topp-tre")))
                .containsExactly(
                        List.of("Bemötande", "0", "14"),
                        List.of("Hot och våld", "0", "12"),
                        List.of("Fysiska, psykiska och sexuella övergrepp", "0", "8"),
                        List.of("Totalt", "0", "34")));
    }

    /** {@code antal} avvikelser of a category in LSS's gruppbostad over the year; the first one is classified. */
    private static void avvikelser(List<EventMessage<?>> handelser, int ar, String kategori, int antal) {
        for (int i = 0; i < antal; i++) {
            var id = new AvvikelseId(UUID.randomUUID());
            String enhet = i % 3 == 0 ? "daglig-verksamhet-lyftet" : "gruppbostad-eken";
            handelser.add(registrerad(id, enhet, ar, kategori));
            if (i == 0 && ar == 2022 && kategori.equals("sjalvskada")) {
                handelser.add(new GenericDomainEventMessage<>("Avvikelse", id.toString(), 1,
                        new AvvikelseKlassificerad(id, new KategoriId(kategori), Set.of(
                                Kvalitetsomrade.TRYGGHET_OCH_SAKERHET,
                                Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET), 3, 4, ANNA, tid(ar, 2))));
            }
        }
    }

    private static GenericDomainEventMessage<AvvikelseRegistrerad> registrerad(AvvikelseId id, String enhet, int ar,
                                                                                String kategori) {
        Instant intraffade = tid(ar, 1 + Math.floorMod(id.value().hashCode(), 12));
        return new GenericDomainEventMessage<>("Avvikelse", id.toString(), 0, new AvvikelseRegistrerad(id,
                new EnhetId(enhet), intraffade, "Gruppbostaden", "Händelse", null, null, new KategoriId(kategori),
                null, false, ANNA, intraffade, null));
    }

    private static Instant tid(int ar, int manad) {
        return LocalDateTime.of(ar, manad, 15, 10, 0).atZone(SvenskTid.ZON).toInstant();
    }

    private static Tabell tabell(Innehall innehall, Avsnitt avsnitt, String nyckel) {
        return innehall.tabeller(avsnitt).stream().filter(t -> t.nyckel().equals(nyckel)).findFirst()
                .orElseThrow();
    }

    private static List<List<String>> rader(Tabell tabell) {
        return tabell.rader().stream().map(Tabell.Rad::celler).toList();
    }
}
