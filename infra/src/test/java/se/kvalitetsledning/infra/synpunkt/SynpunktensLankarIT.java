package se.kvalitetsledning.infra.synpunkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardKoppladTillKalla;
import se.kvalitetsledning.atgard.AtgardStatus;
import se.kvalitetsledning.atgard.Atgardstyp;
import se.kvalitetsledning.atgard.Atgardsuppgifter;
import se.kvalitetsledning.atgard.BeslutaAtgard;
import se.kvalitetsledning.atgard.ForeslaAtgard;
import se.kvalitetsledning.atgard.GenomforAtgard;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.KoppladAtgardAvslutad;
import se.kvalitetsledning.atgard.Prioritet;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Webbsession;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.EskaleraSynpunkt;
import se.kvalitetsledning.synpunkt.Eskaleringsmal;
import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.Synpunktstyp;
import se.kvalitetsledning.synpunkt.TaEmotSynpunkt;

/**
 * What a synpunkt links to, in the running application: escalated, it becomes a lex Sarah case and an avvikelse that
 * name it in the API and link to it on their pages; an åtgärd with the synpunkt as its source is linked on it and,
 * once carried out, closed on it.
 */
class SynpunktensLankarIT {

    private static final EnhetId EKEN = new EnhetId("gruppbostad-eken");
    private static final Aktor HANNA = new Aktor(new Anvandare("hanna", "Hanna Holm"), Set.of(Roll.HANDLAGGARE),
            Set.of(EKEN));

    private static KorandeApplikation app;
    private static CommandGateway kommandon;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        kommandon = app.bona(CommandGateway.class);
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void eskaleradSynpunktBlirLexSarahArendeOchAvvikelseSomLankarTillbaka() {
        SynpunktId id = taEmot("Personalen skrek åt min mamma");
        Instant nu = Instant.now();
        kommandon.sendAndWait(new EskaleraSynpunkt(id, null, Eskaleringsmal.LEX_SARAH, "Kan vara ett missförhållande",
                HANNA, nu));
        kommandon.sendAndWait(new EskaleraSynpunkt(id, null, Eskaleringsmal.AVVIKELSE, null, HANNA, nu));

        JsonNode avvikelse = vantaPa("hanna", "/api/avvikelser/" + id.avvikelse());
        assertThat(avvikelse.get("franSynpunkt").asText()).isEqualTo(id.toString());
        assertThat(avvikelse.get("enhet").asText()).isEqualTo("gruppbostad-eken");
        assertThat(avvikelse.get("beskrivning").asText()).isEqualTo("Personalen skrek åt min mamma");
        assertThat(avvikelse.get("rapportor").get("anvandarnamn").asText()).isEqualTo("hanna");
        assertThat(avvikelse.get("historik").get(0).get("rubrik").asText())
                .isEqualTo("Synpunkt eskalerad till avvikelse");

        JsonNode arende = vantaPa("karin", "/api/lex-sarah/" + id.lexSarah());
        assertThat(arende.get("franSynpunkt").asText()).isEqualTo(id.toString());
        assertThat(arende.get("rapportsatt").asText()).isEqualTo("FRAN_SYNPUNKT");
        assertThat(arende.get("beskrivning").asText())
                .isEqualTo("Personalen skrek åt min mamma\n\nVid eskaleringen: Kan vara ett missförhållande");

        String lank = "href=\"/synpunkter/" + id + "\"";
        assertThat(Webbsession.loggaIn(app.basUrl(), "hanna").get("/avvikelser/" + id.avvikelse()).html())
                .contains(lank, id.referens());
        assertThat(Webbsession.loggaIn(app.basUrl(), "karin").get("/lex-sarah/" + id.lexSarah()).html())
                .contains(lank, id.referens());
    }

    @Test
    void atgardMedSynpunktenSomKallaKopplasOchAvslutasPaDen() {
        SynpunktId id = taEmot("Ingen svarade i telefon på kvällen");
        AtgardId atgard = AtgardId.nytt();
        Instant nu = Instant.now();
        kommandon.sendAndWait(new ForeslaAtgard(atgard, new Atgardsuppgifter("Telefonen bemannas kvällstid", null,
                Atgardstyp.FOREBYGGANDE, Set.of(Kvalitetsomrade.TILLGANGLIGHET), Set.of(EKEN), HANNA.anvandare(),
                LocalDate.now().plusDays(30), null, null, Prioritet.MEDEL),
                Set.of(new Kalla(Kalltyp.SYNPUNKT, id.toString())), HANNA, nu));
        await().atMost(Duration.ofSeconds(20)).until(() -> handelser(id).stream()
                .anyMatch(h -> h instanceof AtgardKoppladTillKalla k && k.atgard().equals(atgard)));

        kommandon.sendAndWait(new BeslutaAtgard(atgard, 0L, HANNA, nu));
        kommandon.sendAndWait(new GenomforAtgard(atgard, 1L, null, HANNA, nu));
        await().atMost(Duration.ofSeconds(20)).until(() -> handelser(id).stream()
                .anyMatch(h -> h instanceof KoppladAtgardAvslutad a && a.atgard().equals(atgard)
                        && a.status() == AtgardStatus.GENOMFORD));
    }

    private static SynpunktId taEmot(String vadHande) {
        SynpunktId id = SynpunktId.nytt();
        Instant nu = Instant.now();
        kommandon.sendAndWait(new TaEmotSynpunkt(id, Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, EKEN, nu, vadHande, null,
                null, null, nu));
        return id;
    }

    private static JsonNode vantaPa(String anvandare, String sokvag) {
        await().atMost(Duration.ofSeconds(20)).until(() -> app.som(anvandare).get(sokvag).status() == 200);
        return app.som(anvandare).get(sokvag).json();
    }

    private static List<Object> handelser(SynpunktId id) {
        return app.bona(EventStore.class).readEvents(id.toString()).asStream().map(m -> (Object) m.getPayload())
                .toList();
    }
}
