package se.kvalitetsledning.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

class ResultatberakningTest {

    private static final FragaId PLAN = new FragaId("plan-finns");
    private static final FragaId BESTALLNING = new FragaId("plan-motsvarar-bestallning");
    private static final FragaId SAMTYCKE = new FragaId("samtycke");
    private static final FragaId DAGAR = new FragaId("utredningstid");

    private final Map<String, Map<FragaId, Svar>> svar = new HashMap<>();

    private static Mallversion mall(Fraga... fragor) {
        return Mallversion.av(KontrollmallId.av("0b7e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"), 1,
                new Mallinnehall("Genomförandeplan", null, Set.of(), List.of(fragor), Trosklar.STANDARD));
    }

    private static Fraga jaNej(FragaId id, Villkor villkor) {
        return new Fraga(id, id.value(), Svarstyp.JA_NEJ_EJ_AKTUELLT, villkor,
                Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING, true);
    }

    private static List<String> poster(int antal) {
        return IntStream.rangeClosed(1, antal).mapToObj(String::valueOf).toList();
    }

    private void svara(int fran, int till, FragaId fraga, Svar givet) {
        for (int post = fran; post <= till; post++) {
            svar.computeIfAbsent(String.valueOf(post), p -> new HashMap<>()).put(fraga, givet);
        }
    }

    private Resultat berakna(Mallversion mall, int antalPoster) {
        return Resultatberakning.berakna(mall, poster(antalPoster), (post, fraga) -> svar.getOrDefault(post, Map.of())
                .get(fraga));
    }

    private static Svar ja() {
        return Svar.av(Svarsalternativ.JA);
    }

    private static Svar nej() {
        return Svar.av(Svarsalternativ.NEJ);
    }

    private static Svar ejAktuellt() {
        return Svar.av(Svarsalternativ.EJ_AKTUELLT);
    }

    /** The seed's file audit: 40 audited, a current plan in 32 (80 %), of those 32 it matched in 14 (44 %). */
    @Test
    void villkoradFragaRaknasBaraDarVillkoretGaller() {
        var mall = mall(jaNej(PLAN, null), jaNej(BESTALLNING, new Villkor(PLAN, Svarsalternativ.JA)));
        svara(1, 32, PLAN, ja());
        svara(33, 40, PLAN, nej());
        svara(1, 14, BESTALLNING, ja());
        svara(15, 32, BESTALLNING, nej());
        svara(33, 40, BESTALLNING, nej()); // answered before the plan was found missing: not asked, not counted

        Resultat resultat = berakna(mall, 40);

        Fragaresultat plan = resultat.fragor().get(0);
        assertThat(plan.andel()).isEqualTo(new Andel(32, 40));
        assertThat(plan.andel().visning()).isEqualTo("80 %");
        assertThat(plan.farg()).isEqualTo(Trafikljus.GUL);
        Fragaresultat bestallning = resultat.fragor().get(1);
        assertThat(bestallning.tillampliga()).isEqualTo(32);
        assertThat(bestallning.andel()).isEqualTo(new Andel(14, 32));
        assertThat(bestallning.andel().visning()).isEqualTo("44 %");
        assertThat(bestallning.andel().procent()).contains(new BigDecimal("43.75"));
        assertThat(bestallning.farg()).isEqualTo(Trafikljus.ROD);
        assertThat(resultat.totalt()).as("Ja over every applicable Ja / Nej answer").isEqualTo(new Andel(46, 72));
        assertThat(resultat.brister()).extracting(Fragaresultat::fraga).containsExactly(PLAN, BESTALLNING);
    }

    @Test
    void ejAktuelltLamnasUtanforNamnaren() {
        svara(1, 9, SAMTYCKE, ja());
        svara(10, 10, SAMTYCKE, nej());
        svara(11, 20, SAMTYCKE, ejAktuellt());

        Fragaresultat samtycke = berakna(mall(jaNej(SAMTYCKE, null)), 20).fragor().get(0);

        assertThat(samtycke.andel()).isEqualTo(new Andel(9, 10));
        assertThat(samtycke.ejAktuellt()).isEqualTo(10);
        assertThat(samtycke.tillampliga()).isEqualTo(20);
        assertThat(samtycke.farg()).isEqualTo(Trafikljus.GRON);
    }

    @Test
    void enFragaDarAllaArEjAktuelltHarIngetVarde() {
        svara(1, 5, SAMTYCKE, ejAktuellt());

        Resultat resultat = berakna(mall(jaNej(SAMTYCKE, null)), 5);

        Fragaresultat samtycke = resultat.fragor().get(0);
        assertThat(samtycke.andel().harVarde()).isFalse();
        assertThat(samtycke.andel().procent()).isEmpty();
        assertThat(samtycke.andel().visning()).isEqualTo("–");
        assertThat(samtycke.farg()).isNull();
        assertThat(samtycke.brist()).isFalse();
        assertThat(resultat.totalt().visning()).isEqualTo("–");
        assertThat(resultat.farg()).isNull();
    }

    @Test
    void farganFoljerTrosklarnaExakt() {
        Trosklar trosklar = Trosklar.STANDARD;
        assertThat(trosklar.farg(new Andel(9, 10))).as("90 %").isEqualTo(Trafikljus.GRON);
        assertThat(trosklar.farg(new Andel(896, 1000))).as("89.6 %, shown as 90 %").isEqualTo(Trafikljus.GUL);
        assertThat(new Andel(896, 1000).visning()).isEqualTo("90 %");
        assertThat(trosklar.farg(new Andel(7, 10))).as("70 %").isEqualTo(Trafikljus.GUL);
        assertThat(trosklar.farg(new Andel(69, 100))).as("69 %").isEqualTo(Trafikljus.ROD);
        assertThat(new Trosklar(100, 0).farg(new Andel(0, 3))).as("0 % at a threshold of 0").isEqualTo(Trafikljus.GUL);
        assertThat(trosklar.farg(new Andel(0, 0))).isNull();
    }

    @Test
    void talfragorGerAntalMedelOchMedian() {
        var dagar = new Fraga(DAGAR, "Utredningstid i dagar", Svarstyp.TAL, null, Kvalitetsomrade.EFFEKTIVITET, false);
        svara(1, 1, DAGAR, Svar.tal(new BigDecimal("40")));
        svara(2, 2, DAGAR, Svar.tal(new BigDecimal("95")));
        svara(3, 3, DAGAR, Svar.tal(new BigDecimal("61")));
        svara(4, 4, DAGAR, Svar.tal(new BigDecimal("70")));

        Resultat resultat = berakna(mall(dagar), 5);

        Fragaresultat tid = resultat.fragor().get(0);
        assertThat(tid.tal()).isEqualTo(new Talsammanfattning(4, new BigDecimal("66.50"), new BigDecimal("65.5")));
        assertThat(tid.andel()).isNull();
        assertThat(tid.farg()).isNull();
        assertThat(resultat.totalt().harVarde()).as("a number question adds nothing to the total").isFalse();
    }

    @Test
    void enVillkoradFragaUnderEnVillkoradFragaKraverHelaKedjan() {
        var tredje = new FragaId("kvitto-dokumenterat");
        var mall = mall(jaNej(PLAN, null), jaNej(BESTALLNING, new Villkor(PLAN, Svarsalternativ.JA)),
                jaNej(tredje, new Villkor(BESTALLNING, Svarsalternativ.JA)));
        svara(1, 1, PLAN, nej());
        svara(1, 1, BESTALLNING, ja());
        svara(1, 1, tredje, ja());

        Resultat resultat = berakna(mall, 1);

        assertThat(resultat.fragor()).extracting(Fragaresultat::tillampliga).containsExactly(1, 0, 0);
    }
}
