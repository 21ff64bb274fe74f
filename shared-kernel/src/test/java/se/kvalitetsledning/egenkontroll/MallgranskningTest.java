package se.kvalitetsledning.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

class MallgranskningTest {

    private static final FragaId PLAN = new FragaId("plan-finns");
    private static final FragaId DAGAR = new FragaId("dagar");

    private static Fraga fraga(FragaId id, Svarstyp typ, Villkor villkor) {
        return new Fraga(id, "Text", typ, villkor, Kvalitetsomrade.TRYGGHET_OCH_SAKERHET, true);
    }

    private static List<String> fel(Trosklar trosklar, Fraga... fragor) {
        return Mallgranskning.fel(new Mallinnehall("Mall", null, Set.of(), List.of(fragor), trosklar));
    }

    @Test
    void enKorrektMallHarIngaFel() {
        assertThat(fel(Trosklar.STANDARD, fraga(PLAN, Svarstyp.JA_NEJ_EJ_AKTUELLT, null),
                fraga(DAGAR, Svarstyp.TAL, new Villkor(PLAN, Svarsalternativ.JA)))).isEmpty();
    }

    @Test
    void enMallUtanFragorKanIntePubliceras() {
        assertThat(fel(Trosklar.STANDARD)).containsExactly("Mallen har inga frågor");
    }

    @Test
    void villkoretMastePekaPaEnTidigareJaNejFraga() {
        assertThat(fel(Trosklar.STANDARD, fraga(DAGAR, Svarstyp.TAL, new Villkor(PLAN, Svarsalternativ.JA)),
                fraga(PLAN, Svarstyp.JA_NEJ_EJ_AKTUELLT, null)))
                .containsExactly("Villkoret i fråga dagar pekar inte på en tidigare fråga");
        assertThat(fel(Trosklar.STANDARD, fraga(DAGAR, Svarstyp.TAL, null),
                fraga(PLAN, Svarstyp.JA_NEJ_EJ_AKTUELLT, new Villkor(DAGAR, Svarsalternativ.JA))))
                .containsExactly("Villkoret i fråga plan-finns pekar på en fråga som inte besvaras med Ja / Nej");
    }

    @Test
    void fragaIdAnvandsBaraEnGang() {
        assertThat(fel(Trosklar.STANDARD, fraga(PLAN, Svarstyp.JA_NEJ_EJ_AKTUELLT, null),
                fraga(PLAN, Svarstyp.FRITEXT, null))).containsExactly("Fråge-id plan-finns används två gånger");
    }

    @Test
    void gulFarInteLiggaOverGron() {
        Fraga plan = fraga(PLAN, Svarstyp.JA_NEJ_EJ_AKTUELLT, null);
        assertThat(fel(new Trosklar(70, 90), plan))
                .containsExactly("Tröskeln för gul får inte vara högre än den för grön");
        assertThat(fel(new Trosklar(101, 70), plan)).containsExactly("Trösklarna ska vara 0–100 %");
        assertThat(fel(new Trosklar(80, 80), plan)).isEmpty();
    }
}
