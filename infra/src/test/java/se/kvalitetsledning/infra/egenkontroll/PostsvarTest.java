package se.kvalitetsledning.infra.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer.Besvarat;
import se.kvalitetsledning.egenkontroll.EgenkontrollStatus;
import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.egenkontroll.Mallversion;
import se.kvalitetsledning.egenkontroll.Stickprov;
import se.kvalitetsledning.egenkontroll.Svar;
import se.kvalitetsledning.egenkontroll.Svarsalternativ;
import se.kvalitetsledning.egenkontroll.Svarstyp;
import se.kvalitetsledning.egenkontroll.Trosklar;
import se.kvalitetsledning.egenkontroll.Villkor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

class PostsvarTest {

    private static final Anvandare OLOF = new Anvandare("olof", "Olof Ek");
    private static final FragaId PLAN = new FragaId("plan-finns");
    private static final FragaId BESTALLNING = new FragaId("plan-motsvarar-bestallning");
    private static final FragaId DAGAR = new FragaId("dagar");
    private static final Mallversion MALL = new Mallversion(KontrollmallId.nytt(), 1, "Genomförandeplan", null,
            Set.of(), List.of(
                    fraga(PLAN, Svarstyp.JA_NEJ_EJ_AKTUELLT, null),
                    fraga(BESTALLNING, Svarstyp.JA_NEJ_EJ_AKTUELLT, new Villkor(PLAN, Svarsalternativ.JA)),
                    fraga(DAGAR, Svarstyp.TAL, null)),
            Trosklar.STANDARD);

    @Test
    void laserTalMedDecimalkommaOchFelAvRattTyp() {
        var formular = new PostsvarFormular();
        formular.setSvar(new HashMap<>(Map.of("plan-finns", "KANSKE", "dagar", "12,5")));
        var fel = new BeanPropertyBindingResult(formular, "postsvar");

        Map<FragaId, Svar> svar = Postsvar.tolka(MALL, formular.getSvar(), fel);

        assertThat(svar).containsExactly(Map.entry(DAGAR, Svar.tal(new BigDecimal("12.5"))));
        assertThat(fel.getFieldError("svar[plan-finns]").getDefaultMessage())
                .isEqualTo("Välj Ja, Nej eller Ej aktuellt");
    }

    @Test
    void ettEjTalArEttFelVidFaltet() {
        var fel = new BeanPropertyBindingResult(new PostsvarFormular(), "postsvar");

        Postsvar.tolka(MALL, Map.of("dagar", "tolv"), fel);

        assertThat(fel.getFieldError("svar[dagar]").getDefaultMessage()).isEqualTo("Ange ett tal, till exempel 45");
    }

    @Test
    void skickarInteSvarPaEnFragaVarsVillkorInteGallerMedFormularetsSvar() {
        Map<FragaId, Svar> nya = Map.of(PLAN, Svar.av(Svarsalternativ.NEJ),
                BESTALLNING, Svar.av(Svarsalternativ.JA));

        assertThat(Postsvar.attSkicka(MALL, "akt-2", nya, Kontrollsvar.av(kontroll())))
                .containsOnlyKeys(PLAN);
    }

    @Test
    void skickarEnVillkoradFragaNarFormularetUppfyllerVillkoret() {
        Map<FragaId, Svar> nya = Map.of(PLAN, Svar.av(Svarsalternativ.JA),
                BESTALLNING, Svar.av(Svarsalternativ.NEJ));

        assertThat(Postsvar.attSkicka(MALL, "akt-2", nya, Kontrollsvar.av(kontroll())))
                .containsOnlyKeys(PLAN, BESTALLNING);
    }

    @Test
    void skickarInteEttSvarSomRedanArSparat() {
        Map<FragaId, Svar> nya = Map.of(PLAN, Svar.av(Svarsalternativ.NEJ), DAGAR, Svar.tal(BigDecimal.TEN));

        assertThat(Postsvar.attSkicka(MALL, "akt-1", nya, Kontrollsvar.av(kontroll()))).containsOnlyKeys(DAGAR);
    }

    private static EgenkontrollDetaljer kontroll() {
        Instant tid = Instant.parse("2026-03-20T10:00:00Z");
        return new EgenkontrollDetaljer("k", 5, MALL.mall().toString(), "Genomförandeplan", "solgarden",
                YearMonth.of(2026, 3), OLOF, EgenkontrollStatus.PAGAR, OLOF, tid, MALL,
                new Stickprov(10, List.of("akt-1", "akt-2"), 1L),
                List.of(new Besvarat("akt-1", PLAN, Svar.av(Svarsalternativ.NEJ), OLOF, tid)),
                null, null, 0, null, null, null, null);
    }

    private static Fraga fraga(FragaId id, Svarstyp svarstyp, Villkor villkor) {
        return new Fraga(id, id.value(), svarstyp, villkor, Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING, true);
    }
}
