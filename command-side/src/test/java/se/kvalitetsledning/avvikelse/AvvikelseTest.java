package se.kvalitetsledning.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.*;

import java.time.Instant;
import java.util.Set;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardKoppladTillKalla;
import se.kvalitetsledning.atgard.AtgardStatus;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.KoppladAtgardAvslutad;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.synpunkt.SynpunktId;

class AvvikelseTest {

    private FixtureConfiguration<Avvikelse> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Avvikelse.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    @Nested
    class Registrering {

        @Test
        void registrerarAvvikelseMedRapportorenSomAktor() {
            fixture.givenNoPriorActivity()
                    .when(registrera(ID))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(registrerad(ID));
        }

        @Test
        void registrerarTommaValfriaFaltSomSaknade() {
            fixture.givenNoPriorActivity()
                    .when(registreraMed(aktorMedarbetare(), INTRAFFADE, " ", "  "))
                    .expectEvents(new AvvikelseRegistrerad(ID, EKEN, INTRAFFADE, null, "Fel läkemedel", null,
                            null, null, null, false, MEDARBETARE, NU, null));
        }

        @Test
        void godtarAttAvvikelsenIntraffadeSammaStundSomDenRegistreras() {
            fixture.givenNoPriorActivity()
                    .when(registreraMed(aktorMedarbetare(), NU, null, null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void avvisarAvvikelseSomIntraffarIFramtiden() {
            fixture.givenNoPriorActivity()
                    .when(registreraMed(aktorMedarbetare(), NU.plusSeconds(60), null, null))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("får inte ligga i framtiden"))
                    .expectNoEvents();
        }

        @Test
        void avvisarRapportForEnhetSomRapportorenInteTillhor() {
            fixture.givenNoPriorActivity()
                    .when(registreraMed(aktorHandlaggareAnnanEnhet(), INTRAFFADE, null, null))
                    .expectException(BehorighetSaknas.class)
                    .expectExceptionMessage(containsString("enheter du tillhör"))
                    .expectNoEvents();
        }

        @Test
        void eskaleradSynpunktBlirEnAvvikelseIHandlaggarensNamnMedLankTillSynpunkten() {
            SynpunktId synpunkt = SynpunktId.av("5b1f8e2a-9c3d-4f7a-8e6b-2d4c6a8e0f13");
            fixture.givenNoPriorActivity()
                    .when(new RegistreraAvvikelseFranSynpunkt(ID, synpunkt, EKEN, INTRAFFADE, "Fel läkemedel",
                            HANDLAGGARE, NU))
                    .expectEvents(new AvvikelseRegistrerad(ID, EKEN, INTRAFFADE, null, "Fel läkemedel", null,
                            null, null, null, false, HANDLAGGARE, NU, synpunkt));
        }

        @ParameterizedTest
        @ValueSource(strings = {"121212-1212", "19121212-1212", "1212121212", "191212121212", "121212+1212",
                "brukare 19121212-1212"})
        void avvisarPersonnummerSomBrukarreferens(String brukarreferens) {
            fixture.givenNoPriorActivity()
                    .when(registreraMed(aktorMedarbetare(), INTRAFFADE, null, brukarreferens))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("får inte vara ett personnummer"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"B-17", "LSS-2025-0042", "12345", "Brukare 7"})
        void godtarKodSomBrukarreferens(String brukarreferens) {
            fixture.givenNoPriorActivity()
                    .when(registreraMed(aktorMedarbetare(), INTRAFFADE, null, brukarreferens))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void avvisarAvvikelseUtanBeskrivningRedanVidValideringen() {
            fixture.givenNoPriorActivity()
                    .when(new RegistreraAvvikelse(ID, EKEN, INTRAFFADE, null, " ", null, null, null, null, false,
                            aktorMedarbetare(), NU))
                    .expectException(JSR303ViolationException.class)
                    .expectNoEvents();
        }

        /** Sets plats and omedelbara åtgärder to the same optional text. */
        private RegistreraAvvikelse registreraMed(Aktor aktor, Instant intraffade, String valfriText,
                                                  String brukarreferens) {
            return new RegistreraAvvikelse(ID, EKEN, intraffade, valfriText, "Fel läkemedel", valfriText, null,
                    null, brukarreferens, false, aktor, NU);
        }
    }

    @Nested
    class BehorighetAttHandlagga {

        @Test
        void enhetensHandlaggareFarHandlagga() {
            fixture.given(registrerad(ID))
                    .when(tilldela(aktorHandlaggare()))
                    .expectEvents(new AvvikelseTilldelad(ID, HANDLAGGARE, HANDLAGGARE, SENARE));
        }

        @Test
        void kvalitetssamordnareFarHandlaggaVarjeEnhetsAvvikelser() {
            fixture.given(registrerad(ID))
                    .when(tilldela(aktorKvalitetssamordnare()))
                    .expectEvents(new AvvikelseTilldelad(ID, HANDLAGGARE, KVALITETSSAMORDNARE, SENARE));
        }

        @Test
        void avvisarMedarbetareSomForsokerHandlagga() {
            fixture.given(registrerad(ID))
                    .when(tilldela(aktorMedarbetare()))
                    .expectException(BehorighetSaknas.class)
                    .expectExceptionMessage(containsString("Endast enhetens handläggare"))
                    .expectNoEvents();
        }

        @Test
        void avvisarHandlaggareFranAnnanEnhet() {
            fixture.given(registrerad(ID))
                    .when(tilldela(aktorHandlaggareAnnanEnhet()))
                    .expectException(BehorighetSaknas.class)
                    .expectNoEvents();
        }

        @Test
        void avvisarMedarbetareSomForsokerAvsluta() {
            fixture.given(klarForAvslut(ID))
                    .when(new AvslutaAvvikelse(ID, null, null, aktorMedarbetare(), SENARE))
                    .expectException(BehorighetSaknas.class)
                    .expectNoEvents();
        }

        @Test
        void avvisarHandlaggareFranAnnanEnhetSomForsokerAteroppna() {
            fixture.given(avslutadAvvikelse(ID))
                    .when(new AteroppnaAvvikelse(ID, null, "Ny information", aktorHandlaggareAnnanEnhet(), SENARE))
                    .expectException(BehorighetSaknas.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Tilldelning {

        @Test
        void tilldelarHandlaggareOchPaborjarHandlaggningen() {
            fixture.given(registrerad(ID))
                    .when(tilldela(aktorHandlaggare()))
                    .expectEvents(new AvvikelseTilldelad(ID, HANDLAGGARE, HANDLAGGARE, SENARE))
                    .expectState(avvikelse -> assertThat(avvikelse.status())
                            .isEqualTo(AvvikelseStatus.UNDER_HANDLAGGNING));
        }

        @Test
        void avvisarTilldelningAvAvslutadAvvikelse() {
            fixture.given(avslutadAvvikelse(ID))
                    .when(tilldela(aktorHandlaggare()))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("kan bara ändras genom att återöppnas"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Klassificering {

        @Test
        void klassificerarAvvikelsen() {
            fixture.given(registrerad(ID))
                    .when(klassificera(new KategoriId("bemotande")))
                    .expectEvents(new AvvikelseKlassificerad(ID, new KategoriId("bemotande"),
                            Set.of(Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET), 3, 2, HANDLAGGARE, SENARE));
        }

        @Test
        void klassificerarOmForAttRattaEnTidigareKlassificering() {
            fixture.given(registrerad(ID), klassificerad(ID))
                    .when(klassificera(LAKEMEDEL))
                    .expectEvents(new AvvikelseKlassificerad(ID, LAKEMEDEL,
                            Set.of(Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET), 3, 2, HANDLAGGARE, SENARE));
        }

        @Test
        void avvisarKonsekvensUtanforRiskmatrisenRedanVidValideringen() {
            fixture.given(registrerad(ID))
                    .when(new KlassificeraAvvikelse(ID, null, LAKEMEDEL, Set.of(Kvalitetsomrade.EFFEKTIVITET), 5, 2,
                            aktorHandlaggare(), SENARE))
                    .expectException(JSR303ViolationException.class)
                    .expectNoEvents();
        }

        @Test
        void avvisarKlassificeringAvAvslutadAvvikelse() {
            fixture.given(avslutadAvvikelse(ID))
                    .when(klassificera(LAKEMEDEL))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("avslutad"))
                    .expectNoEvents();
        }

        private KlassificeraAvvikelse klassificera(KategoriId kategori) {
            return new KlassificeraAvvikelse(ID, null, kategori,
                    Set.of(Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET), 3, 2, aktorHandlaggare(), SENARE);
        }
    }

    @Nested
    class Utredning {

        @Test
        void dokumenterarUtredningen() {
            fixture.given(registrerad(ID))
                    .when(dokumentera("Rutinen var okänd för vikarien"))
                    .expectEvents(utredningDokumenterad("Rutinen var okänd för vikarien"));
        }

        @Test
        void kompletterarEnTidigareUtredning() {
            fixture.given(registrerad(ID), utredd(ID))
                    .when(dokumentera("Även bemanningen var låg"))
                    .expectEvents(utredningDokumenterad("Även bemanningen var låg"));
        }

        @Test
        void avvisarUtredningUtanAnalysRedanVidValideringen() {
            fixture.given(registrerad(ID))
                    .when(dokumentera(""))
                    .expectException(JSR303ViolationException.class)
                    .expectNoEvents();
        }

        @Test
        void avvisarUtredningAvAvslutadAvvikelse() {
            fixture.given(avslutadAvvikelse(ID))
                    .when(dokumentera("För sent"))
                    .expectException(RegelBrott.class)
                    .expectNoEvents();
        }

        private DokumenteraUtredning dokumentera(String analys) {
            return new DokumenteraUtredning(ID, null, Set.of(Orsaksomrade.MANNISKA),
                    Set.of(BakomliggandeOrsak.KUNSKAPSBRIST), analys, aktorHandlaggare(), SENARE);
        }

        private UtredningDokumenterad utredningDokumenterad(String analys) {
            return new UtredningDokumenterad(ID, Set.of(Orsaksomrade.MANNISKA),
                    Set.of(BakomliggandeOrsak.KUNSKAPSBRIST), analys, HANDLAGGARE, SENARE);
        }
    }

    @Nested
    class EskaleringTillLexSarah {

        @Test
        void eskalerarMojligtMissforhallande() {
            fixture.given(registreradSomMojligtMissforhallande(ID))
                    .when(eskalera())
                    .expectEvents(new AvvikelseEskaleradTillLexSarah(ID, "Allvarligt", HANDLAGGARE, SENARE));
        }

        @Test
        void eskalerarAvenNarRapportorenInteMarkeratMissforhallande() {
            fixture.given(registrerad(ID))
                    .when(eskalera())
                    .expectEvents(new AvvikelseEskaleradTillLexSarah(ID, "Allvarligt", HANDLAGGARE, SENARE));
        }

        @Test
        void avvisarAndraEskaleringen() {
            fixture.given(registreradSomMojligtMissforhallande(ID), eskalerad(ID))
                    .when(eskalera())
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("redan eskalerad till lex Sarah"))
                    .expectNoEvents();
        }

        @Test
        void avvisarEskaleringAvAvslutadAvvikelse() {
            fixture.given(avslutadAvvikelse(ID))
                    .when(eskalera())
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("avslutad"))
                    .expectNoEvents();
        }

        private EskaleraTillLexSarah eskalera() {
            return new EskaleraTillLexSarah(ID, null, "Allvarligt", aktorHandlaggare(), SENARE);
        }
    }

    @Nested
    class AvskrivningAvMissforhallande {

        @Test
        void avskriverMojligtMissforhallande() {
            fixture.given(registreradSomMojligtMissforhallande(ID))
                    .when(avskriv())
                    .expectEvents(new MissforhallandeAvskrivet(ID, "Ingen fara", HANDLAGGARE, SENARE));
        }

        @Test
        void avvisarAvskrivningNarMissforhallandeInteMarkerats() {
            fixture.given(registrerad(ID))
                    .when(avskriv())
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("inte markerad som möjligt missförhållande"))
                    .expectNoEvents();
        }

        @Test
        void avvisarAvskrivningNarFraganRedanAvskrivits() {
            fixture.given(registreradSomMojligtMissforhallande(ID), missforhallandeAvskrivet(ID))
                    .when(avskriv())
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("redan besvarad"))
                    .expectNoEvents();
        }

        @Test
        void avvisarAvskrivningEfterEskalering() {
            fixture.given(registreradSomMojligtMissforhallande(ID), eskalerad(ID))
                    .when(avskriv())
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("redan besvarad"))
                    .expectNoEvents();
        }

        private AvskrivMissforhallande avskriv() {
            return new AvskrivMissforhallande(ID, null, "Ingen fara", aktorHandlaggare(), SENARE);
        }
    }

    @Nested
    class Aterkoppling {

        @Test
        void gerAterkopplingTillRapportoren() {
            fixture.given(registrerad(ID))
                    .when(new GeAterkoppling(ID, null, "Tack för din rapport", aktorHandlaggare(), SENARE))
                    .expectEvents(new AterkopplingGiven(ID, "Tack för din rapport", HANDLAGGARE, SENARE));
        }

        @Test
        void avvisarTomAterkopplingRedanVidValideringen() {
            fixture.given(registrerad(ID))
                    .when(new GeAterkoppling(ID, null, "   ", aktorHandlaggare(), SENARE))
                    .expectException(JSR303ViolationException.class)
                    .expectNoEvents();
        }

        @Test
        void avvisarAterkopplingPaAvslutadAvvikelse() {
            fixture.given(avslutadAvvikelse(ID))
                    .when(new GeAterkoppling(ID, null, "Igen", aktorHandlaggare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class UteblivenAterkoppling {

        @Test
        void registrerarVarforAterkopplingUteblir() {
            fixture.given(registrerad(ID))
                    .when(new RegistreraUteblivenAterkoppling(ID, null, "Anonym rapport", aktorHandlaggare(), SENARE))
                    .expectEvents(new AterkopplingUtebliven(ID, "Anonym rapport", HANDLAGGARE, SENARE));
        }

        @Test
        void avvisarUteblivenAterkopplingPaAvslutadAvvikelse() {
            fixture.given(avslutadAvvikelse(ID))
                    .when(new RegistreraUteblivenAterkoppling(ID, null, "Anonym rapport", aktorHandlaggare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Avslut {

        @Test
        void avslutarKlassificeradUtreddOchAterkoppladAvvikelse() {
            fixture.given(klarForAvslut(ID))
                    .when(avsluta())
                    .expectEvents(new AvvikelseAvslutad(ID, Set.of(), null, HANDLAGGARE, SENARE))
                    .expectState(avvikelse -> assertThat(avvikelse.status()).isEqualTo(AvvikelseStatus.AVSLUTAD));
        }

        @Test
        void avslutarNarAterkopplingenRegistreratsSomUtebliven() {
            fixture.given(registrerad(ID), klassificerad(ID), utredd(ID), aterkopplingUtebliven(ID))
                    .when(avsluta())
                    .expectEvents(new AvvikelseAvslutad(ID, Set.of(), null, HANDLAGGARE, SENARE));
        }

        @Test
        void avvisarAvslutUtanAterkoppling() {
            fixture.given(registrerad(ID), klassificerad(ID), utredd(ID))
                    .when(avsluta())
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage("Avvikelsen kan inte avslutas: återkoppling saknas")
                    .expectNoEvents();
        }

        @Test
        void avvisarAvslutOchRaknarUppAlltSomSaknas() {
            fixture.given(registreradSomMojligtMissforhallande(ID))
                    .when(avsluta())
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage("Avvikelsen kan inte avslutas: klassificering saknas, utredning saknas, "
                            + "återkoppling saknas, frågan om lex Sarah är obesvarad")
                    .expectNoEvents();
        }

        @Test
        void avvisarAvslutNarFraganOmLexSarahArObesvarad() {
            fixture.given(registreradSomMojligtMissforhallande(ID), klassificerad(ID), utredd(ID),
                            aterkopplingGiven(ID))
                    .when(avsluta())
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("frågan om lex Sarah är obesvarad"))
                    .expectNoEvents();
        }

        @Test
        void avslutarMojligtMissforhallandeSomAvskrivits() {
            fixture.given(registreradSomMojligtMissforhallande(ID), klassificerad(ID), utredd(ID),
                            aterkopplingGiven(ID), missforhallandeAvskrivet(ID))
                    .when(avsluta())
                    .expectEvents(new AvvikelseAvslutad(ID, Set.of(), null, HANDLAGGARE, SENARE));
        }

        @Test
        void avslutarMojligtMissforhallandeSomEskalerats() {
            fixture.given(registreradSomMojligtMissforhallande(ID), klassificerad(ID), utredd(ID),
                            aterkopplingGiven(ID), eskalerad(ID))
                    .when(avsluta())
                    .expectEvents(new AvvikelseAvslutad(ID, Set.of(), null, HANDLAGGARE, SENARE));
        }

        @Test
        void avvisarAvslutAvRedanAvslutadAvvikelse() {
            fixture.given(avslutadAvvikelse(ID))
                    .when(avsluta())
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("kan bara ändras genom att återöppnas"))
                    .expectNoEvents();
        }

        private AvslutaAvvikelse avsluta() {
            return new AvslutaAvvikelse(ID, null, null, aktorHandlaggare(), SENARE);
        }
    }

    @Nested
    class Ateroppning {

        @Test
        void ateroppnarAvslutadAvvikelse() {
            fixture.given(avslutadAvvikelse(ID))
                    .when(ateroppna(aktorKvalitetssamordnare()))
                    .expectEvents(new AvvikelseAteroppnad(ID, "Brukaren har fått fler fel", KVALITETSSAMORDNARE,
                            SENARE))
                    .expectState(avvikelse -> assertThat(avvikelse.status())
                            .isEqualTo(AvvikelseStatus.UNDER_HANDLAGGNING));
        }

        @Test
        void avvisarAteroppningAvOppenAvvikelse() {
            fixture.given(registrerad(ID))
                    .when(ateroppna(aktorHandlaggare()))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage("Bara en avslutad avvikelse kan återöppnas")
                    .expectNoEvents();
        }

        @Test
        void avslutarIgenUtanAttGoraOmDetSomRedanGjorts() {
            fixture.given(avslutadAvvikelse(ID))
                    .andGiven(new AvvikelseAteroppnad(ID, "Ny information", KVALITETSSAMORDNARE, NU))
                    .when(new AvslutaAvvikelse(ID, null, null, aktorHandlaggare(), SENARE))
                    .expectEvents(new AvvikelseAvslutad(ID, Set.of(), null, HANDLAGGARE, SENARE));
        }

        @Test
        void tillaterHandlaggningEfterAteroppning() {
            fixture.given(avslutadAvvikelse(ID))
                    .andGiven(new AvvikelseAteroppnad(ID, "Ny information", KVALITETSSAMORDNARE, NU))
                    .when(new GeAterkoppling(ID, null, "Vi har gått igenom rutinen igen", aktorHandlaggare(), SENARE))
                    .expectEvents(new AterkopplingGiven(ID, "Vi har gått igenom rutinen igen", HANDLAGGARE, SENARE));
        }

        private AteroppnaAvvikelse ateroppna(Aktor aktor) {
            return new AteroppnaAvvikelse(ID, null, "Brukaren har fått fler fel", aktor, SENARE);
        }
    }

    /** The rule every source closes by (KoppladeAtgarder), as the avvikelse applies it. */
    @Nested
    class AtgarderVidAvslut {

        private final AtgardId atgard = AtgardId.av("3c6a1d8e-2f4b-4e9a-9b7c-1a2b3c4d5e6f");
        private final Kalla kalla = new Kalla(Kalltyp.AVVIKELSE, ID.toString());

        @Test
        void enAtgardKopplasEnGang() {
            fixture.given(registrerad(ID))
                    .when(new KopplaAtgardTillAvvikelse(ID, atgard, "Ny rutin", SENARE))
                    .expectEvents(new AtgardKoppladTillKalla(kalla, atgard, "Ny rutin", SENARE));
            fixture.given(registrerad(ID), new AtgardKoppladTillKalla(kalla, atgard, "Ny rutin", NU))
                    .when(new KopplaAtgardTillAvvikelse(ID, atgard, "Ny rutin", SENARE))
                    .expectNoEvents();
        }

        @Test
        void oppenAtgardHindrarAvslutUtanSkal() {
            fixture.given(klarForAvslut(ID))
                    .andGiven(new AtgardKoppladTillKalla(kalla, atgard, "Ny rutin", NU))
                    .when(new AvslutaAvvikelse(ID, null, " ", aktorHandlaggare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("en öppen åtgärd"));
        }

        @Test
        void medSkalFortsatterDeOppnaSjalvstandigt() {
            fixture.given(klarForAvslut(ID))
                    .andGiven(new AtgardKoppladTillKalla(kalla, atgard, "Ny rutin", NU))
                    .when(new AvslutaAvvikelse(ID, null, "Rutinen införs i hela förvaltningen", aktorHandlaggare(),
                            SENARE))
                    .expectEvents(new AvvikelseAvslutad(ID, Set.of(atgard), "Rutinen införs i hela förvaltningen",
                            HANDLAGGARE, SENARE));
        }

        @Test
        void avslutadeAtgarderHindrarInte() {
            fixture.given(klarForAvslut(ID))
                    .andGiven(new AtgardKoppladTillKalla(kalla, atgard, "Ny rutin", NU),
                            new KoppladAtgardAvslutad(kalla, atgard, AtgardStatus.GENOMFORD, NU))
                    .when(new AvslutaAvvikelse(ID, null, "Ett skäl som inte behövs", aktorHandlaggare(), SENARE))
                    .expectEvents(new AvvikelseAvslutad(ID, Set.of(), null, HANDLAGGARE, SENARE));
        }

        @Test
        void avslutadAtgardMeddelasEnGang() {
            fixture.given(registrerad(ID), new AtgardKoppladTillKalla(kalla, atgard, "Ny rutin", NU),
                            new KoppladAtgardAvslutad(kalla, atgard, AtgardStatus.AVSKRIVEN, NU))
                    .when(new AvslutaKoppladAtgardForAvvikelse(ID, atgard, AtgardStatus.AVSKRIVEN, SENARE))
                    .expectNoEvents();
        }
    }

    private static TilldelaAvvikelse tilldela(Aktor aktor) {
        return new TilldelaAvvikelse(ID, null, HANDLAGGARE, aktor, SENARE);
    }
}
