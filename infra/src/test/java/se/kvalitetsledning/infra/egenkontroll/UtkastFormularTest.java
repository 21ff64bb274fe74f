package se.kvalitetsledning.infra.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.Mallinnehall;
import se.kvalitetsledning.egenkontroll.Svarsalternativ;
import se.kvalitetsledning.egenkontroll.Svarstyp;
import se.kvalitetsledning.egenkontroll.Trosklar;
import se.kvalitetsledning.egenkontroll.Villkor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

class UtkastFormularTest {

    private static final FragaId HORT = new FragaId("barnet-hort");

    @Test
    void ettUtkastFarEnTomRadForEnNyFraga() {
        UtkastFormular f = UtkastFormular.av(utkast(), 3);

        assertThat(f.getFragor()).hasSize(2);
        assertThat(f.getFragor().get(1).getOrdning()).isEqualTo(2);
        assertThat(f.getVersion()).isEqualTo(3L);
    }

    @Test
    void radernaOrdnasEfterNummerOchEnNyFragaFarIdAvSinText() {
        UtkastFormular f = UtkastFormular.av(utkast(), 3);
        Frageformular ny = f.getFragor().get(1);
        ny.setText("Barnets bästa är bedömt");
        ny.setKvalitetsomrade(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);
        ny.setOrdning(0);
        var fel = new BeanPropertyBindingResult(f, "utkast");

        Mallinnehall innehall = f.innehall(fel);

        assertThat(fel.hasErrors()).isFalse();
        assertThat(innehall.fragor()).extracting(Fraga::id)
                .containsExactly(new FragaId("barnets-basta-ar-bedomt"), HORT);
    }

    @Test
    void ettVillkorPekarPaEnTidigareFragaOchDessSvar() {
        UtkastFormular f = UtkastFormular.av(utkast(), 3);
        Frageformular ny = f.getFragor().get(1);
        ny.setId("kompenserande");
        ny.setText("Kompenserande åtgärder har vidtagits");
        ny.setKvalitetsomrade(Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET);
        ny.setVillkor("barnet-hort");
        ny.setVillkorSvar(Svarsalternativ.NEJ);

        Mallinnehall innehall = f.innehall(new BeanPropertyBindingResult(f, "utkast"));

        assertThat(innehall.fragor().get(1).villkor()).isEqualTo(new Villkor(HORT, Svarsalternativ.NEJ));
    }

    @Test
    void enBorttagenFragaOchEnTomRadFollerBort() {
        UtkastFormular f = UtkastFormular.av(utkast(), 3);
        f.getFragor().get(0).setTaBort(true);

        assertThat(f.innehall(new BeanPropertyBindingResult(f, "utkast")).fragor()).isEmpty();
    }

    @Test
    void felIEnRadVisasVidDessFalt() {
        UtkastFormular f = UtkastFormular.av(utkast(), 3);
        f.getFragor().get(0).setId("Hört!");
        f.getFragor().get(1).setText("Kompenserande åtgärder");
        var fel = new BeanPropertyBindingResult(f, "utkast");

        assertThat(f.innehall(fel)).isNull();
        assertThat(fel.getFieldError("fragor[0].id").getDefaultMessage())
                .isEqualTo("Högst 40 tecken: a–z, 0–9 och bindestreck");
        assertThat(fel.getFieldError("fragor[1].kvalitetsomrade").getDefaultMessage())
                .isEqualTo("Välj kvalitetsområde");
    }

    @Test
    void ettUpptagetIdFarEttNummer() {
        assertThat(Fragenyckel.ny("Barnet hört", Set.of("barnet-hort"))).isEqualTo("barnet-hort-2");
        assertThat(Fragenyckel.ny("!!!", Set.of())).isEqualTo("fraga");
    }

    private static Mallinnehall utkast() {
        return new Mallinnehall("Barnperspektiv", null, Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET),
                List.of(new Fraga(HORT, "Barnet har fått komma till tals", Svarstyp.JA_NEJ_EJ_AKTUELLT, null,
                        Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET, true)),
                Trosklar.STANDARD);
    }
}
