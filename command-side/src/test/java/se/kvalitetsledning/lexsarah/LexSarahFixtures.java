package se.kvalitetsledning.lexsarah;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

/** Test data: one lex Sarah case at gruppbostaden Eken, the people around it and the events of its handling. */
final class LexSarahFixtures {

    static final LexSarahId ID = LexSarahId.av("0b8e4f52-61d3-4c1a-8f0e-5d2a7c9b3e11");
    /** Tuesday 10 March 2025, 10:00 in Sweden. */
    static final Instant NU = Instant.parse("2025-03-10T09:00:00Z");
    static final Instant INTRAFFADE = NU.minus(Duration.ofHours(5));
    static final Instant SENARE = NU.plus(Duration.ofHours(2));
    /** The end of the Swedish day of NU. */
    static final Instant DAGENS_SLUT = Instant.parse("2025-03-10T23:00:00Z");
    /** The end of the next working day. */
    static final Instant NASTA_ARBETSDAGS_SLUT = Instant.parse("2025-03-11T23:00:00Z");
    static final EnhetId EKEN = new EnhetId("gruppbostad-eken");
    static final EnhetId ASKEN = new EnhetId("gruppbostad-asken");
    static final Verksamhetsuppgifter VERKSAMHET = new Verksamhetsuppgifter("Socialförvaltningen", "LSS",
            "Gruppbostaden Eken");

    static final Anvandare MEDARBETARE = new Anvandare("anna", "Anna Andersson");
    static final Anvandare HANDLAGGARE = new Anvandare("hanna", "Hanna Holm");
    static final Anvandare KVALITETSSAMORDNARE = new Anvandare("karin", "Karin Lund");
    static final Anvandare LEDNING = new Anvandare("lars", "Lars Nord");

    private LexSarahFixtures() {
    }

    static Aktor medarbetare() {
        return new Aktor(MEDARBETARE, Set.of(Roll.MEDARBETARE), Set.of(EKEN));
    }

    static Aktor handlaggare() {
        return new Aktor(HANDLAGGARE, Set.of(Roll.HANDLAGGARE), Set.of(EKEN));
    }

    static Aktor kvalitetssamordnare() {
        return new Aktor(KVALITETSSAMORDNARE, Set.of(Roll.KVALITETSSAMORDNARE), Set.of(EKEN, ASKEN));
    }

    /** A quality coordinator of another förvaltning: their enheter do not include Eken. */
    static Aktor kvalitetssamordnareAnnanForvaltning() {
        return new Aktor(new Anvandare("kurt", "Kurt Kvist"), Set.of(Roll.KVALITETSSAMORDNARE), Set.of(ASKEN));
    }

    static Aktor ledning() {
        return new Aktor(LEDNING, Set.of(Roll.LEDNING), Set.of(EKEN, ASKEN));
    }

    static RapporteraMissforhallande rapportera(Aktor aktor, String omedelbaraAtgarder) {
        return new RapporteraMissforhallande(ID, EKEN, INTRAFFADE, NU, "En brukare knuffades", "B-17",
                Set.of(Handelsetyp.FYSISKT_OVERGREPP), false, omedelbaraAtgarder, Rapportsatt.SKRIFTLIG, null, null,
                aktor, NU);
    }

    static MissforhallandeRapporterat rapporterat() {
        return new MissforhallandeRapporterat(ID, EKEN, INTRAFFADE, NU, "En brukare knuffades", "B-17",
                Set.of(Handelsetyp.FYSISKT_OVERGREPP), false, Rapportsatt.SKRIFTLIG, MEDARBETARE, "Anna Andersson",
                null, MEDARBETARE, NU, null);
    }

    static FristSatt omedelbaraFrist() {
        return new FristSatt(ID, Fristtyp.OMEDELBARA_ATGARDER, DAGENS_SLUT);
    }

    static FristSatt utredningsfrist() {
        return new FristSatt(ID, Fristtyp.UTREDNING_PABORJAD, NASTA_ARBETSDAGS_SLUT);
    }

    static Object[] mottaget() {
        return new Object[] {rapporterat(), omedelbaraFrist(), utredningsfrist()};
    }

    static OmedelbaraAtgarderRegistrerade atgarderRegistrerade() {
        return new OmedelbaraAtgarderRegistrerade(ID, "Kollegan flyttades till annan enhet", KVALITETSSAMORDNARE, NU);
    }

    static UtredareTilldelad tilldelad(Anvandare utredare) {
        return new UtredareTilldelad(ID, utredare, KVALITETSSAMORDNARE, NU);
    }

    static LexSarahUtredning utredning(boolean barnBerort, String barnperspektiv) {
        return new LexSarahUtredning(Set.of(Handelsetyp.FYSISKT_OVERGREPP), "Brukaren knuffades i hallen",
                Set.of(Orsaksomrade.OMGIVNING_ORGANISATION), Set.of(BakomliggandeOrsak.TIDSBRIST),
                "Ensam personal vid överlämningen", "Dubbelbemanning vid överlämning", Informationsstatus.JA,
                Informationsstatus.EJ_AKTUELLT, Informationsstatus.JA, true, Polisanmalan.OVERVAGS, barnBerort,
                barnperspektiv);
    }

    static LexSarahUtredningDokumenterad utredd() {
        return new LexSarahUtredningDokumenterad(ID, utredning(false, null), KVALITETSSAMORDNARE, NU);
    }

    static LexSarahBedomd bedomd(Bedomningsniva niva) {
        return new LexSarahBedomd(ID, niva, "Brukarens trygghet hotades", LEDNING, NU);
    }

    static FristSatt anmalningsfrist() {
        return new FristSatt(ID, Fristtyp.ANMALAN_TILL_IVO, Instant.parse("2025-03-24T23:00:00Z"));
    }

    static AnmalanTillIvoRegistrerad anmald() {
        return new AnmalanTillIvoRegistrerad(ID, new IvoAnmalan(VERKSAMHET, LEDNING, LocalDate.of(2025, 3, 10),
                INTRAFFADE, NU, Rapportsatt.SKRIFTLIG, Set.of(Handelsetyp.FYSISKT_OVERGREPP), false,
                "En brukare knuffades", "B-17", List.of(), null, null, Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE,
                "Brukarens trygghet hotades", LEDNING, NU), null, LEDNING, NU);
    }

    /** Measures recorded, investigated, and assessed at a level that needs no anmälan. */
    static Object[] klartForAvslut() {
        return new Object[] {rapporterat(), omedelbaraFrist(), utredningsfrist(), atgarderRegistrerade(),
                new FristUppfylld(ID, Fristtyp.OMEDELBARA_ATGARDER, NU), utredd(),
                new FristUppfylld(ID, Fristtyp.UTREDNING_PABORJAD, NU), bedomd(Bedomningsniva.MISSFORHALLANDE)};
    }
}
