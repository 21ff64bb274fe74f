package se.kvalitetsledning.infra.atgard;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.kvalitetsledning.atgard.AtgardAtkomst;
import se.kvalitetsledning.atgard.AtgardDetaljer;
import se.kvalitetsledning.atgard.Effektutfall;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * What the åtgärd's page shows: the åtgärd, whether it is late, whether the user leads it (decides, writes off,
 * links) or works it (as its owner), and one form per action, each at the shown version unless a posted form with
 * its errors is already there.
 */
@Component
class AtgardModell {

    static final String VY = "atgarder/atgard";

    /** The kinds of case that can be linked from the page. */
    private static final List<Kalltyp> KOPPLINGSBARA = List.of(Kalltyp.AVVIKELSE, Kalltyp.LEX_SARAH);

    private final AtgardTjanst tjanst;

    AtgardModell(AtgardTjanst tjanst) {
        this.tjanst = tjanst;
    }

    String fyll(AtgardDetaljer atgard, Aktor aktor, Model model) {
        List<EnhetId> enheter = atgard.enheter().stream().map(EnhetId::new).toList();
        model.addAttribute("atgard", atgard);
        LocalDate idag = tjanst.idag();
        model.addAttribute("forsenad", atgard.forsenad(idag));
        model.addAttribute("leda", AtgardAtkomst.farLeda(aktor, enheter));
        model.addAttribute("arbeta", AtgardAtkomst.farArbeta(aktor, atgard.agare(), enheter));
        model.addAttribute("idag", idag);
        model.addAttribute("utfall", Effektutfall.values());
        model.addAttribute("kopplingsbara", KOPPLINGSBARA);
        formular(atgard.version(), model);
        return VY;
    }

    private static void formular(long version, Model model) {
        lagg(model, "beslut", () -> HandlaggningFormular.med(version));
        lagg(model, "paborjan", () -> HandlaggningFormular.med(version));
        lagg(model, "genomforande", () -> TextFormular.med(null, version));
        lagg(model, "effekt", () -> EffektFormular.av(version));
        lagg(model, "avskrivning", () -> TextFormular.med(null, version));
        lagg(model, "flytt", () -> FlyttFormular.av(version));
        lagg(model, "koppling", () -> KallaFormular.av(version));
    }

    private static void lagg(Model model, String namn, Supplier<Object> formular) {
        if (!model.containsAttribute(namn)) {
            model.addAttribute(namn, formular.get());
        }
    }
}
