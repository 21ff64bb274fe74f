package se.kvalitetsledning.lexsarah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class LexSarahProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant MOTTAGEN = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant DAGENS_SLUT = Instant.parse("2026-03-10T23:00:00Z");
    private static final Instant IMORGON = Instant.parse("2026-03-11T23:00:00Z");
    private static final Anvandare ANNA = new Anvandare("anna", "Anna Andersson");
    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final Anvandare LARS = new Anvandare("lars", "Lars Nord");

    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new LexSarahProjection(new LexSarahRepository(mongo.template())));
    }

    @Test
    void rapportenVisasMedSinaFristerOchKvittonTillRapportoren() {
        var id = rapportera("eken", MOTTAGEN);

        var d = hamta(id);
        assertThat(d.stadium()).isEqualTo(LexSarahStadium.MOTTAGEN);
        assertThat(d.beskrivning()).isEqualTo("En brukare knuffades");
        assertThat(d.saknarOmedelbaraAtgarder()).isTrue();
        assertThat(d.frister()).extracting(Frist::typ, Frist::forfaller, Frist::loper)
                .containsExactly(tuple(Fristtyp.OMEDELBARA_ATGARDER, DAGENS_SLUT, true),
                        tuple(Fristtyp.UTREDNING_PABORJAD, IMORGON, true));
        assertThat(d.version()).isEqualTo(2);

        assertThat(axon.queryList(new ListaMinaLexSarahRapporter("anna"), MinLexSarahRapport.class))
                .extracting(MinLexSarahRapport::id, MinLexSarahRapport::avslutad)
                .containsExactly(tuple(id.toString(), false));
        assertThat(axon.queryList(new ListaMinaLexSarahRapporter("karin"), MinLexSarahRapport.class)).isEmpty();
    }

    @Test
    void passeradeFristerUtanPaminnelseHittasTillsPaminnelsenGatt() {
        var id = rapportera("eken", MOTTAGEN);

        assertThat(passerade(MOTTAGEN)).isEmpty();
        assertThat(passerade(DAGENS_SLUT)).containsExactly(new PasseradFrist(id, Fristtyp.OMEDELBARA_ATGARDER));
        assertThat(passerade(IMORGON)).containsExactlyInAnyOrder(new PasseradFrist(id, Fristtyp.OMEDELBARA_ATGARDER),
                new PasseradFrist(id, Fristtyp.UTREDNING_PABORJAD));

        publicera(id, new FristOverskriden(id, Fristtyp.OMEDELBARA_ATGARDER, DAGENS_SLUT, DAGENS_SLUT));
        publicera(id, new UtredareTilldelad(id, KARIN, KARIN, DAGENS_SLUT));
        publicera(id, new FristUppfylld(id, Fristtyp.UTREDNING_PABORJAD, DAGENS_SLUT));

        assertThat(passerade(IMORGON)).isEmpty();
        var d = hamta(id);
        assertThat(d.stadium()).isEqualTo(LexSarahStadium.UNDER_UTREDNING);
        assertThat(d.frister()).filteredOn(Frist::loper).singleElement()
                .satisfies(f -> assertThat(f.overskriden()).isTrue());
    }

    @Test
    void bedomningarBevarasOchAnmalanVisasIRegistret() {
        var id = rapportera("eken", MOTTAGEN);
        publicera(id, new LexSarahBedomd(id, Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE, "Första", LARS, MOTTAGEN));
        publicera(id, new LexSarahBedomd(id, Bedomningsniva.MISSFORHALLANDE, "Ändrad", LARS, IMORGON));
        publicera(id, new LexSarahBedomd(id, Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE, "Igen", LARS, IMORGON));
        var innehall = new IvoAnmalan(new Verksamhetsuppgifter("Soc", "LSS", "Eken"), LARS,
                LocalDate.of(2026, 3, 12), MOTTAGEN, MOTTAGEN, Rapportsatt.SKRIFTLIG, Set.of(), false, "Text", null,
                List.of(), null, null, Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE, "Igen", LARS, IMORGON);
        publicera(id, new AnmalanTillIvoRegistrerad(id, innehall, null, LARS, IMORGON));
        publicera(id, new IvoDiarienummerRegistrerat(id, "3.5.1-77/2026", LARS, IMORGON));

        var d = hamta(id);
        assertThat(d.bedomningar()).extracting(LexSarahDetaljer.Bedomning::motivering)
                .containsExactly("Första", "Ändrad", "Igen");
        assertThat(d.anmalan().innehall()).isEqualTo(innehall);
        assertThat(d.anmalan().diarienummer()).isEqualTo("3.5.1-77/2026");

        var register = axon.queryList(new ListaLexSarah(Set.of("eken"), null, false, 2026), LexSarahRad.class);
        assertThat(register).singleElement().satisfies(r -> {
            assertThat(r.niva()).isEqualTo(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE);
            assertThat(r.anmalanSkickad()).isEqualTo(LocalDate.of(2026, 3, 12));
            assertThat(r.diarienummer()).isEqualTo("3.5.1-77/2026");
        });
        assertThat(axon.queryList(new ListaLexSarah(Set.of("eken"), null, false, 2025), LexSarahRad.class)).isEmpty();
    }

    @Test
    void listanVisarEnheternasOchUtredarensOppnaArendenMedDetBradskandeForst() {
        var senare = rapportera("eken", MOTTAGEN.plusSeconds(86_400));
        var tidigare = rapportera("eken", MOTTAGEN);
        var annanEnhet = rapportera("asken", MOTTAGEN);
        var avslutat = rapportera("eken", MOTTAGEN);
        publicera(avslutat, new LexSarahAvslutad(avslutat, Set.of(), null, KARIN, IMORGON));
        publicera(annanEnhet, new UtredareTilldelad(annanEnhet, new Anvandare("hanna", "Hanna Holm"), KARIN, IMORGON));

        assertThat(oppna(Set.of("eken"), null)).containsExactly(tidigare.toString(), senare.toString());
        assertThat(oppna(Set.of(), "hanna")).containsExactly(annanEnhet.toString());
        assertThat(oppna(Set.of("eken"), "hanna")).hasSize(3);
    }

    @Test
    void eskaleratArendeLankarTillAvvikelsen() {
        var avvikelse = AvvikelseId.nytt();
        var id = LexSarahId.franAvvikelse(avvikelse);
        publicera(id, new MissforhallandeRapporterat(id, new EnhetId("eken"), MOTTAGEN, MOTTAGEN, "Text", null,
                Set.of(), false, Rapportsatt.FRAN_AVVIKELSE, KARIN, "Karin Lund", avvikelse, KARIN, MOTTAGEN, null));

        assertThat(hamta(id).franAvvikelse()).isEqualTo(avvikelse.toString());
        assertThat(hamta(id).historik()).extracting(LexSarahDetaljer.Handelse::rubrik)
                .containsExactly("Avvikelse eskalerad till lex Sarah");
    }

    @Test
    void eskaleratArendeLankarTillSynpunkten() {
        var synpunkt = SynpunktId.nytt();
        var id = synpunkt.lexSarah();
        publicera(id, new MissforhallandeRapporterat(id, new EnhetId("eken"), MOTTAGEN, MOTTAGEN, "Text", null,
                Set.of(), false, Rapportsatt.FRAN_SYNPUNKT, KARIN, "Karin Lund", null, KARIN, MOTTAGEN, synpunkt));

        assertThat(hamta(id).franSynpunkt()).isEqualTo(synpunkt.toString());
        assertThat(hamta(id).franAvvikelse()).isNull();
        assertThat(hamta(id).historik()).extracting(LexSarahDetaljer.Handelse::rubrik)
                .containsExactly("Synpunkt eskalerad till lex Sarah");
    }

    @Test
    void enHandelseSomLevererasIgenAndrarIngenting() {
        var id = rapportera("eken", MOTTAGEN);
        var utredning = new LexSarahUtredning(Set.of(Handelsetyp.OMSORGSSVIKT), "Vad", Set.of(Orsaksomrade.MANNISKA),
                Set.of(BakomliggandeOrsak.KUNSKAPSBRIST), "Varför", "Hur", Informationsstatus.JA,
                Informationsstatus.NEJ, Informationsstatus.JA, false, Polisanmalan.BEHOVS_INTE, false, null);
        var handelse = new LexSarahUtredningDokumenterad(id, utredning, KARIN, IMORGON);
        publicera(id, handelse);
        axon.publish("LexSarahArende", id, hamta(id).version(), handelse);

        var d = hamta(id);
        assertThat(d.historik()).extracting(LexSarahDetaljer.Handelse::rubrik)
                .containsExactly("Rapport mottagen", "Utredning dokumenterad");
        assertThat(d.handelsetyper()).containsExactly(Handelsetyp.OMSORGSSVIKT);
    }

    private LexSarahId rapportera(String enhet, Instant mottagen) {
        var id = LexSarahId.nytt();
        publicera(id, new MissforhallandeRapporterat(id, new EnhetId(enhet), mottagen, mottagen,
                "En brukare knuffades", "B-17", Set.of(Handelsetyp.FYSISKT_OVERGREPP), false, Rapportsatt.SKRIFTLIG,
                ANNA, "Anna Andersson", null, ANNA, mottagen, null));
        publicera(id, new FristSatt(id, Fristtyp.OMEDELBARA_ATGARDER, mottagen.plusSeconds(14 * 3600)));
        publicera(id, new FristSatt(id, Fristtyp.UTREDNING_PABORJAD, mottagen.plusSeconds(38 * 3600)));
        return id;
    }

    /** The next event of the case, numbered as its aggregate would number it. */
    private void publicera(LexSarahId id, Object handelse) {
        var d = hamta(id);
        axon.publish("LexSarahArende", id, d == null ? 0 : d.version() + 1, handelse);
    }

    private LexSarahDetaljer hamta(LexSarahId id) {
        return axon.query(new HamtaLexSarah(id), LexSarahDetaljer.class);
    }

    private List<PasseradFrist> passerade(Instant nu) {
        return axon.queryList(new ListaPasseradeFrister(nu), PasseradFrist.class);
    }

    private List<String> oppna(Set<String> enheter, String utredare) {
        return axon.queryList(new ListaLexSarah(enheter, utredare, true, null), LexSarahRad.class).stream()
                .map(LexSarahRad::id).toList();
    }
}
