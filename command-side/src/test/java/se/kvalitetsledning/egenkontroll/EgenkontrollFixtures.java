package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

/** The "Genomförandeplan" template of the seeds and the people who keep it and perform checks with it. */
final class EgenkontrollFixtures {

    static final KontrollmallId MALL = KontrollmallId.av("0b7e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
    /** Monday 16 March 2026, 10:00 in Sweden. */
    static final Instant NU = Instant.parse("2026-03-16T09:00:00Z");
    static final EnhetId EKEN = new EnhetId("gruppbostad-eken");
    static final EnhetId ASKEN = new EnhetId("gruppbostad-asken");
    static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    static final Anvandare HANNA = new Anvandare("hanna", "Hanna Holm");
    static final Anvandare ANNA = new Anvandare("anna", "Anna Andersson");
    static final FragaId PLAN = new FragaId("plan-finns");
    static final FragaId BESTALLNING = new FragaId("plan-motsvarar-bestallning");
    static final FragaId KOMMENTAR = new FragaId("kommentar");

    private EgenkontrollFixtures() {
    }

    static Aktor kvalitetssamordnare() {
        return new Aktor(KARIN, Set.of(Roll.KVALITETSSAMORDNARE), Set.of(EKEN, ASKEN));
    }

    static Aktor handlaggare() {
        return new Aktor(HANNA, Set.of(Roll.HANDLAGGARE), Set.of(EKEN));
    }

    static Aktor medarbetare() {
        return new Aktor(ANNA, Set.of(Roll.MEDARBETARE), Set.of(EKEN));
    }

    static Aktor medarbetareAsken() {
        return new Aktor(new Anvandare("erik", "Erik Berg"), Set.of(Roll.MEDARBETARE), Set.of(ASKEN));
    }

    /** A current plan; if there is one, whether it matches the beställning; an optional comment. */
    static Mallinnehall genomforandeplan() {
        return new Mallinnehall("Genomförandeplan, utförare", "Aktgranskning av genomförandeplaner",
                Set.of(Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING), List.of(
                new Fraga(PLAN, "Det finns en aktuell genomförandeplan", Svarstyp.JA_NEJ_EJ_AKTUELLT, null,
                        Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING, true),
                new Fraga(BESTALLNING, "Planen motsvarar beställningen", Svarstyp.JA_NEJ_EJ_AKTUELLT,
                        new Villkor(PLAN, Svarsalternativ.JA), Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING, true),
                new Fraga(KOMMENTAR, "Kommentar", Svarstyp.FRITEXT, null,
                        Kvalitetsomrade.KUNSKAPSBASERAD_VERKSAMHET, false)),
                Trosklar.STANDARD);
    }

    static Mallversion version1() {
        return Mallversion.av(MALL, 1, genomforandeplan());
    }
}
