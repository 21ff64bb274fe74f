package se.kvalitetsledning.infra.egenkontroll;

import java.util.List;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer.Besvarat;
import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.Fragetillamplighet;
import se.kvalitetsledning.egenkontroll.Mallversion;
import se.kvalitetsledning.egenkontroll.Svar;
import se.kvalitetsledning.egenkontroll.Svarsalternativ;

/**
 * One sample item's questions as its page shows them: every question, a conditional one with its condition and
 * whether it holds by the answers saved so far, the answer saved with who gave it, and a required one that applies
 * but has no answer marked.
 */
record Postvy(int nr, String post, int antal, List<Fragerad> fragor) {

    record Fragerad(Fraga fraga, String villkor, boolean galler, Besvarat besvarat, boolean saknas) {
    }

    static Postvy av(EgenkontrollDetaljer k, int nr) {
        Mallversion mall = k.mallversion();
        String post = k.stickprov().poster().get(nr - 1);
        Kontrollsvar svar = Kontrollsvar.av(k);
        Fragetillamplighet tillamplighet = new Fragetillamplighet(mall, svar);
        return new Postvy(nr, post, k.stickprov().poster().size(), mall.fragor().stream().map(f -> {
            boolean galler = tillamplighet.galler(post, f);
            Besvarat besvarat = svar.besvarat(post, f.id());
            return new Fragerad(f, villkor(mall, f), galler, besvarat,
                    galler && f.obligatorisk() && besvarat == null);
        }).toList());
    }

    /** What the form's field holds for a saved answer. */
    static String formvarde(Svar svar) {
        if (svar.alternativ() != null) {
            return svar.alternativ().name();
        }
        return svar.tal() != null ? svar.tal().toPlainString().replace('.', ',') : svar.text();
    }

    private static String villkor(Mallversion mall, Fraga fraga) {
        if (fraga.villkor() == null) {
            return null;
        }
        String text = mall.fraga(fraga.villkor().fraga()).map(Fraga::text).orElse(fraga.villkor().fraga().value());
        Svarsalternativ svar = fraga.villkor().svar();
        return "Besvaras bara om ”" + text + "” är " + svar.benamning();
    }
}
