package se.kvalitetsledning.lexsarah;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static se.kvalitetsledning.lexsarah.LexSarahFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardKoppladTillKalla;
import se.kvalitetsledning.atgard.AtgardStatus;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.KoppladAtgardAvslutad;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.synpunkt.SynpunktId;

class LexSarahArendeTest {

    private FixtureConfiguration<LexSarahArende> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LexSarahArende.class);
        fixture.registerInjectableResource(Fristregler.STANDARD);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    @Nested
    class Rapport {

        @Test
        void rapportenSatterFristerForOmedelbaraAtgarderOchUtredning() {
            fixture.givenNoPriorActivity()
                    .when(rapportera(medarbetare(), null))
                    .expectEvents(mottaget());
        }

        @Test
        void omedelbaraAtgarderIRapportenRegistrerasOchGerIngenFristForDem() {
            fixture.givenNoPriorActivity()
                    .when(rapportera(medarbetare(), "Kollegan skickades hem"))
                    .expectEvents(rapporterat(),
                            new OmedelbaraAtgarderRegistrerade(ID, "Kollegan skickades hem", MEDARBETARE, NU),
                            utredningsfrist());
        }

        @Test
        void utredningsfristenHopparOverHelgen() {
            Instant fredag = Instant.parse("2025-03-14T15:00:00Z");
            var rapport = new RapporteraMissforhallande(ID, EKEN, INTRAFFADE, fredag, "Text", null, Set.of(),
                    false, "Åtgärdat", Rapportsatt.SKRIFTLIG, null, null, medarbetare(), fredag);
            fixture.givenNoPriorActivity()
                    .when(rapport)
                    .expectEvents(new MissforhallandeRapporterat(ID, EKEN, INTRAFFADE, fredag, "Text", null,
                                    Set.of(), false, Rapportsatt.SKRIFTLIG, MEDARBETARE, "Anna Andersson", null,
                                    MEDARBETARE, fredag, null),
                            new OmedelbaraAtgarderRegistrerade(ID, "Åtgärdat", MEDARBETARE, fredag),
                            new FristSatt(ID, Fristtyp.UTREDNING_PABORJAD, Instant.parse("2025-03-17T23:00:00Z")));
        }

        @Test
        void muntligRapportRegistrerasAvMottagarenIRapportorensNamn() {
            var muntlig = new RapporteraMissforhallande(ID, EKEN, INTRAFFADE, NU, "En brukare knuffades", "B-17",
                    Set.of(Handelsetyp.FYSISKT_OVERGREPP), false, null, Rapportsatt.MUNTLIG, null,
                    " Praktikant Pelle ", handlaggare(), SENARE);
            fixture.givenNoPriorActivity()
                    .when(muntlig)
                    .expectEvents(new MissforhallandeRapporterat(ID, EKEN, INTRAFFADE, NU, "En brukare knuffades",
                            "B-17", Set.of(Handelsetyp.FYSISKT_OVERGREPP), false, Rapportsatt.MUNTLIG, null,
                            "Praktikant Pelle", null, HANDLAGGARE, SENARE, null), omedelbaraFrist(), utredningsfrist());
        }

        @Test
        void enMedarbetareRegistrerarInteMuntligaRapporter() {
            var muntlig = new RapporteraMissforhallande(ID, EKEN, INTRAFFADE, NU, "Text", null, Set.of(), false,
                    null, Rapportsatt.MUNTLIG, null, "Praktikant Pelle", medarbetare(), NU);
            fixture.givenNoPriorActivity()
                    .when(muntlig)
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void muntligRapportUtanRapportorAvvisas() {
            var muntlig = new RapporteraMissforhallande(ID, EKEN, INTRAFFADE, NU, "Text", null, Set.of(), false,
                    null, Rapportsatt.MUNTLIG, null, " ", handlaggare(), NU);
            fixture.givenNoPriorActivity()
                    .when(muntlig)
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("vem som lämnade den"));
        }

        @Test
        void rapportForEnhetManInteTillhorAvvisas() {
            fixture.givenNoPriorActivity()
                    .when(rapportera(kvalitetssamordnareAnnanForvaltning(), null))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void personnummerSomBrukarreferensAvvisas() {
            var rapport = new RapporteraMissforhallande(ID, EKEN, INTRAFFADE, NU, "Text", "19121212-1212",
                    Set.of(), false, null, Rapportsatt.SKRIFTLIG, null, null, medarbetare(), NU);
            fixture.givenNoPriorActivity()
                    .when(rapport)
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("personnummer"));
        }

        @Test
        void missforhallandeEfterMottagandetAvvisas() {
            var rapport = new RapporteraMissforhallande(ID, EKEN, NU, INTRAFFADE, "Text", null, Set.of(), false,
                    null, Rapportsatt.SKRIFTLIG, null, null, medarbetare(), NU);
            fixture.givenNoPriorActivity()
                    .when(rapport)
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("efter att rapporten togs emot"));
        }

        @Test
        void tomBeskrivningAvvisasAvValideringen() {
            var rapport = new RapporteraMissforhallande(ID, EKEN, INTRAFFADE, NU, " ", null, Set.of(), false,
                    null, Rapportsatt.SKRIFTLIG, null, null, medarbetare(), NU);
            fixture.givenNoPriorActivity()
                    .when(rapport)
                    .expectException(JSR303ViolationException.class);
        }

        @Test
        void rapportFranAvvikelseGarBaraGenomEskalering() {
            var rapport = new RapporteraMissforhallande(ID, EKEN, INTRAFFADE, NU, "Text", null, Set.of(), false,
                    null, Rapportsatt.FRAN_AVVIKELSE, null, null, medarbetare(), NU);
            fixture.givenNoPriorActivity()
                    .when(rapport)
                    .expectException(RegelBrott.class);
        }

        @Test
        void eskaleradAvvikelseBlirEttArendeMedLankTillAvvikelsen() {
            AvvikelseId avvikelse = AvvikelseId.av("6f7d2c1e-3b9a-4c55-9a51-0b2f1c7e8d42");
            fixture.givenNoPriorActivity()
                    .when(new OppnaLexSarahFranAvvikelse(ID, avvikelse, EKEN, INTRAFFADE, "En brukare knuffades",
                            "B-17", HANDLAGGARE, NU))
                    .expectEvents(new MissforhallandeRapporterat(ID, EKEN, INTRAFFADE, NU, "En brukare knuffades",
                            "B-17", Set.of(), false, Rapportsatt.FRAN_AVVIKELSE, HANDLAGGARE, "Hanna Holm",
                            avvikelse, HANDLAGGARE, NU, null), omedelbaraFrist(), utredningsfrist());
        }

        @Test
        void eskaleradSynpunktBlirEttArendeMedLankTillSynpunkten() {
            SynpunktId synpunkt = SynpunktId.av("5b1f8e2a-9c3d-4f7a-8e6b-2d4c6a8e0f13");
            fixture.givenNoPriorActivity()
                    .when(new OppnaLexSarahFranSynpunkt(ID, synpunkt, EKEN, INTRAFFADE, "Min mamma blev slagen",
                            HANDLAGGARE, NU))
                    .expectEvents(new MissforhallandeRapporterat(ID, EKEN, INTRAFFADE, NU, "Min mamma blev slagen",
                            null, Set.of(), false, Rapportsatt.FRAN_SYNPUNKT, HANDLAGGARE, "Hanna Holm", null,
                            HANDLAGGARE, NU, synpunkt), omedelbaraFrist(), utredningsfrist());
        }

        @Test
        void rapportFranSynpunktGarBaraGenomEskalering() {
            var rapport = new RapporteraMissforhallande(ID, EKEN, INTRAFFADE, NU, "Text", null, Set.of(), false,
                    null, Rapportsatt.FRAN_SYNPUNKT, null, null, medarbetare(), NU);
            fixture.givenNoPriorActivity()
                    .when(rapport)
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class OmedelbaraAtgarder {

        @Test
        void registreradeAtgarderUppfyllerFristen() {
            fixture.given(mottaget())
                    .when(new RegistreraOmedelbaraAtgarder(ID, 2L, "Kollegan flyttades till annan enhet",
                            kvalitetssamordnare(), NU))
                    .expectEvents(atgarderRegistrerade(), new FristUppfylld(ID, Fristtyp.OMEDELBARA_ATGARDER, NU));
        }

        @Test
        void kommandotSvararMedVersionenDetGav() {
            fixture.given(mottaget())
                    .when(new RegistreraOmedelbaraAtgarder(ID, 2L, "Kollegan flyttades till annan enhet",
                            kvalitetssamordnare(), NU))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void ejBehovligaMedSkalUppfyllerFristen() {
            fixture.given(mottaget())
                    .when(new MarkeraOmedelbaraAtgarderEjBehovliga(ID, 2L, "Brukaren flyttade", ledning(), NU))
                    .expectEvents(new OmedelbaraAtgarderEjBehovliga(ID, "Brukaren flyttade", LEDNING, NU),
                            new FristUppfylld(ID, Fristtyp.OMEDELBARA_ATGARDER, NU));
        }

        @Test
        void ejBehovligaEfterRegistreradeAtgarderAvvisas() {
            fixture.given(rapporterat(), atgarderRegistrerade())
                    .when(new MarkeraOmedelbaraAtgarderEjBehovliga(ID, 1L, "Skäl", ledning(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void enhetensHandlaggareSomInteArUtredareFarInteRegistrera() {
            fixture.given(mottaget())
                    .when(new RegistreraOmedelbaraAtgarder(ID, 2L, "Text", handlaggare(), NU))
                    .expectException(BehorighetSaknas.class);
        }
    }

    @Nested
    class Utredning {

        @Test
        void tilldelningAvUtredarePaborjarUtredningen() {
            fixture.given(mottaget())
                    .when(new TilldelaUtredare(ID, 2L, HANDLAGGARE, kvalitetssamordnare(), NU))
                    .expectEvents(tilldelad(HANDLAGGARE), new FristUppfylld(ID, Fristtyp.UTREDNING_PABORJAD, NU));
        }

        @Test
        void baraKvalitetssamordnareOchLedningTilldelar() {
            fixture.given(mottaget())
                    .when(new TilldelaUtredare(ID, 2L, HANDLAGGARE, handlaggare(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void kvalitetssamordnareIAnnanForvaltningFarInteTilldela() {
            fixture.given(mottaget())
                    .when(new TilldelaUtredare(ID, 2L, HANDLAGGARE, kvalitetssamordnareAnnanForvaltning(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void tilldeladHandlaggareFarUtreda() {
            fixture.given(rapporterat(), omedelbaraFrist(), utredningsfrist(), tilldelad(HANDLAGGARE),
                            new FristUppfylld(ID, Fristtyp.UTREDNING_PABORJAD, NU))
                    .when(new DokumenteraLexSarahUtredning(ID, 4L, utredning(false, null), handlaggare(), NU))
                    .expectEvents(new LexSarahUtredningDokumenterad(ID, utredning(false, null), HANDLAGGARE, NU));
        }

        @Test
        void barnBerortKraverBarnperspektiv() {
            fixture.given(mottaget())
                    .when(new DokumenteraLexSarahUtredning(ID, 2L, utredning(true, " "), kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("barnperspektivet"));
        }

        @Test
        void utredningMedBarnperspektivGodtas() {
            fixture.given(mottaget())
                    .when(new DokumenteraLexSarahUtredning(ID, 2L, utredning(true, "Barnet var inte närvarande"),
                            kvalitetssamordnare(), NU))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Bedomning {

        @Test
        void baraLedningBedomer() {
            fixture.given(mottaget())
                    .when(new BedomLexSarah(ID, 2L, Bedomningsniva.MISSFORHALLANDE, "Skäl", kvalitetssamordnare(),
                            NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void allvarligtMissforhallandeSatterFristForAnmalan() {
            fixture.given(mottaget())
                    .when(new BedomLexSarah(ID, 2L, Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE,
                            "Brukarens trygghet hotades", ledning(), NU))
                    .expectEvents(bedomd(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE), anmalningsfrist());
        }

        @Test
        void reviderasBedomningenNerUpphavsAnmalningsfristen() {
            fixture.given(rapporterat(), bedomd(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE), anmalningsfrist())
                    .when(new BedomLexSarah(ID, 2L, Bedomningsniva.MISSFORHALLANDE, "Brukarens trygghet hotades",
                            ledning(), SENARE))
                    .expectEvents(new LexSarahBedomd(ID, Bedomningsniva.MISSFORHALLANDE,
                                    "Brukarens trygghet hotades", LEDNING, SENARE),
                            new FristUpphavd(ID, Fristtyp.ANMALAN_TILL_IVO,
                                    "Den ändrade bedömningen kräver ingen anmälan till IVO", SENARE));
        }

        @Test
        void revisionTillAnnanAllvarligNivaSatterIngenNyFrist() {
            fixture.given(rapporterat(), bedomd(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE), anmalningsfrist())
                    .when(new BedomLexSarah(ID, 2L, Bedomningsniva.PATAGLIG_RISK_FOR_ALLVARLIGT_MISSFORHALLANDE,
                            "Skäl", ledning(), SENARE))
                    .expectEvents(new LexSarahBedomd(ID, Bedomningsniva.PATAGLIG_RISK_FOR_ALLVARLIGT_MISSFORHALLANDE,
                            "Skäl", LEDNING, SENARE));
        }
    }

    @Nested
    class AnmalanTillIvo {

        @Test
        void anmalanBevararArendetsFaktaOchUppfyllerFristen() {
            fixture.given(rapporterat(), bedomd(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE), anmalningsfrist())
                    .when(new RegistreraAnmalanTillIvo(ID, 2L, VERKSAMHET, LocalDate.of(2025, 3, 10), null,
                            ledning(), NU))
                    .expectEvents(anmald(), new FristUppfylld(ID, Fristtyp.ANMALAN_TILL_IVO, NU));
        }

        @Test
        void anmalanKraverEnNivaSomKraverAnmalan() {
            fixture.given(rapporterat(), bedomd(Bedomningsniva.MISSFORHALLANDE))
                    .when(new RegistreraAnmalanTillIvo(ID, 1L, VERKSAMHET, LocalDate.of(2025, 3, 10), null,
                            ledning(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("kräver bedömningen"));
        }

        @Test
        void skickadAnmalanKanInteAndras() {
            fixture.given(rapporterat(), bedomd(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE), anmald())
                    .when(new RegistreraAnmalanTillIvo(ID, 2L, VERKSAMHET, LocalDate.of(2025, 3, 10), "IVO 1",
                            ledning(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(allOf(containsString("kan inte ändras"),
                            containsString("komplettering")));
        }

        @Test
        void senareAndringarGarTillEnKomplettering() {
            fixture.given(rapporterat(), bedomd(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE), anmald())
                    .when(new KompletteraIvoAnmalan(ID, 2L, "Utredningen bifogas", LocalDate.of(2025, 3, 12),
                            ledning(), SENARE))
                    .expectEvents(new IvoAnmalanKompletterad(ID, "Utredningen bifogas", LocalDate.of(2025, 3, 12),
                            LEDNING, SENARE));
        }

        @Test
        void diarienummerRegistrerasEnGang() {
            fixture.given(rapporterat(), bedomd(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE), anmald(),
                            new IvoDiarienummerRegistrerat(ID, "3.5.1-1234/2025", LEDNING, NU))
                    .when(new RegistreraIvoDiarienummer(ID, 3L, "3.5.1-9999/2025", ledning(), SENARE))
                    .expectException(RegelBrott.class);
        }

        @Test
        void anmalanFramtidaDagAvvisas() {
            fixture.given(rapporterat(), bedomd(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE))
                    .when(new RegistreraAnmalanTillIvo(ID, 1L, VERKSAMHET, LocalDate.of(2025, 3, 11), null,
                            ledning(), NU))
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class Avslut {

        @Test
        void kanInteAvslutasUtanBedomning() {
            fixture.given(rapporterat(), atgarderRegistrerade(), utredd())
                    .when(new AvslutaLexSarah(ID, 2L, null, kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("bedömning saknas"));
        }

        @Test
        void kanInteAvslutasUtanUtredning() {
            fixture.given(rapporterat(), atgarderRegistrerade(), bedomd(Bedomningsniva.INGET_MISSFORHALLANDE))
                    .when(new AvslutaLexSarah(ID, 2L, null, kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("utredning saknas"));
        }

        @Test
        void allvarligtMissforhallandeKanInteAvslutasUtanAnmalan() {
            fixture.given(rapporterat(), atgarderRegistrerade(), utredd(),
                            bedomd(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE), anmalningsfrist())
                    .when(new AvslutaLexSarah(ID, 4L, null, kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("anmälan till IVO är inte registrerad"));
        }

        @Test
        void kanInteAvslutasUtanOmedelbaraAtgarder() {
            fixture.given(rapporterat(), utredd(), bedomd(Bedomningsniva.INGET_MISSFORHALLANDE))
                    .when(new AvslutaLexSarah(ID, 2L, null, kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("omedelbara åtgärder"));
        }

        @Test
        void avslutUpphaverLopandeFrister() {
            fixture.given(rapporterat(), atgarderRegistrerade(), utredd(),
                            bedomd(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE), anmalningsfrist(), anmald(),
                            new FristUppfylld(ID, Fristtyp.ANMALAN_TILL_IVO, NU), utredningsfrist())
                    .when(new AvslutaLexSarah(ID, 7L, null, ledning(), SENARE))
                    .expectEvents(new FristUpphavd(ID, Fristtyp.UTREDNING_PABORJAD, "Ärendet avslutades", SENARE),
                            new LexSarahAvslutad(ID, Set.of(), null, LEDNING, SENARE));
        }

        @Test
        void komplettArendeAvslutas() {
            fixture.given(klartForAvslut())
                    .when(new AvslutaLexSarah(ID, 7L, null, kvalitetssamordnare(), NU))
                    .expectEvents(new LexSarahAvslutad(ID, Set.of(), null, KVALITETSSAMORDNARE, NU));
        }

        @Test
        void avslutatArendeKanInteAndras() {
            fixture.given(klartForAvslut())
                    .andGiven(new LexSarahAvslutad(ID, Set.of(), null, KVALITETSSAMORDNARE, NU))
                    .when(new RegistreraOmedelbaraAtgarder(ID, 8L, "Ny rutin", kvalitetssamordnare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("avslutat"));
        }

        @Test
        void utredarenFarInteAvsluta() {
            fixture.given(klartForAvslut())
                    .andGiven(tilldelad(HANDLAGGARE))
                    .when(new AvslutaLexSarah(ID, 8L, null, handlaggare(), NU))
                    .expectException(BehorighetSaknas.class);
        }
    }

    /** The rule every source closes by (KoppladeAtgarder), as the lex Sarah case applies it. */
    @Nested
    class AtgarderVidAvslut {

        private final AtgardId atgard = AtgardId.av("3c6a1d8e-2f4b-4e9a-9b7c-1a2b3c4d5e6f");
        private final Kalla kalla = new Kalla(Kalltyp.LEX_SARAH, ID.toString());

        @Test
        void oppenAtgardHindrarAvslutUtanSkal() {
            fixture.given(klartForAvslut())
                    .andGiven(new AtgardKoppladTillKalla(kalla, atgard, "Dubbelbemanning", NU))
                    .when(new AvslutaLexSarah(ID, 8L, null, kvalitetssamordnare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("fortsätter självständigt"));
        }

        @Test
        void medSkalFortsatterDeOppnaSjalvstandigt() {
            fixture.given(klartForAvslut())
                    .andGiven(new AtgardKoppladTillKalla(kalla, atgard, "Dubbelbemanning", NU))
                    .when(new AvslutaLexSarah(ID, 8L, "Följs i förbättringsarbetet", kvalitetssamordnare(), SENARE))
                    .expectEvents(new LexSarahAvslutad(ID, Set.of(atgard), "Följs i förbättringsarbetet",
                            KVALITETSSAMORDNARE, SENARE));
        }

        @Test
        void kopplingOchAvslutAvAtgardArIdempotenta() {
            fixture.given(rapporterat(), new AtgardKoppladTillKalla(kalla, atgard, "Dubbelbemanning", NU))
                    .when(new KopplaAtgardTillLexSarah(ID, atgard, "Dubbelbemanning", SENARE))
                    .expectNoEvents();
            fixture.given(rapporterat(), new AtgardKoppladTillKalla(kalla, atgard, "Dubbelbemanning", NU))
                    .when(new AvslutaKoppladAtgardForLexSarah(ID, atgard, AtgardStatus.GENOMFORD, SENARE))
                    .expectEvents(new KoppladAtgardAvslutad(kalla, atgard, AtgardStatus.GENOMFORD, SENARE));
        }
    }

    @Nested
    class Paminnelse {

        @Test
        void passeradFristRegistrerasEnGang() {
            Instant efter = NASTA_ARBETSDAGS_SLUT.plusSeconds(60);
            fixture.given(mottaget())
                    .when(new PaminnOmFrist(ID, Fristtyp.UTREDNING_PABORJAD, efter))
                    .expectEvents(new FristOverskriden(ID, Fristtyp.UTREDNING_PABORJAD, NASTA_ARBETSDAGS_SLUT,
                            efter));
        }

        @Test
        void andraPaminnelsenGerIngetNytt() {
            Instant efter = NASTA_ARBETSDAGS_SLUT.plusSeconds(60);
            fixture.given(mottaget())
                    .andGiven(new FristOverskriden(ID, Fristtyp.UTREDNING_PABORJAD, NASTA_ARBETSDAGS_SLUT, efter))
                    .when(new PaminnOmFrist(ID, Fristtyp.UTREDNING_PABORJAD, efter.plusSeconds(60)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void fristSomInteForfallitGerIngetNytt() {
            fixture.given(mottaget())
                    .when(new PaminnOmFrist(ID, Fristtyp.UTREDNING_PABORJAD, NU))
                    .expectNoEvents();
        }

        @Test
        void uppfylldFristGerIngetNytt() {
            fixture.given(mottaget())
                    .andGiven(new FristUppfylld(ID, Fristtyp.UTREDNING_PABORJAD, NU))
                    .when(new PaminnOmFrist(ID, Fristtyp.UTREDNING_PABORJAD, NASTA_ARBETSDAGS_SLUT.plusSeconds(1)))
                    .expectNoEvents();
        }
    }
}
