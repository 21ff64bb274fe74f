package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer;

/**
 * What a berättelse's page shows: the edition, which of its forms are open to the user, the forms themselves (the one
 * that was just refused keeps what was written) and where the page's error message points.
 */
@Component
class Kvalitetsberattelsesida {

    private static final String MALL = "kvalitetsberattelse/berattelse";

    /** The current edition: a draft can be written in, a fastställd one corrected in a new edition. */
    String visa(KvalitetsberattelseDetaljer b, Aktor aktor, Model model) {
        model.addAttribute("b", b);
        model.addAttribute("aktuell", b);
        model.addAttribute("oppet", !b.faststalld());
        model.addAttribute("farFaststalla", aktor.har(Roll.LEDNING));
        model.addAttribute("utgavor", b.tidigareUtgavor());
        if (!model.containsAttribute("avsnittstext")) {
            model.addAttribute("avsnittstext", new AvsnittFormular());
        }
        if (!model.containsAttribute("kommentar")) {
            model.addAttribute("kommentar", new KommentarFormular());
        }
        if (!model.containsAttribute("utgava")) {
            model.addAttribute("utgava", TextFormular.med("", b.version()));
        }
        for (String formular : List.of("omgenerering", "faststallande")) {
            if (!model.containsAttribute(formular)) {
                model.addAttribute(formular, HandlaggningFormular.med(b.version()));
            }
        }
        model.addAttribute("felankare", felankare(model));
        return MALL;
    }

    /** An earlier edition as it was fastställd, read only, with the current one's links beside it. */
    String tidigare(KvalitetsberattelseDetaljer utgava, KvalitetsberattelseDetaljer aktuell, Model model) {
        model.addAttribute("b", utgava);
        model.addAttribute("aktuell", aktuell);
        model.addAttribute("oppet", false);
        model.addAttribute("farFaststalla", false);
        model.addAttribute("utgavor", aktuell.tidigareUtgavor());
        model.addAttribute("ersattes", aktuell.tidigareUtgavor().stream()
                .filter(u -> u.utgava() == utgava.utgava())
                .map(KvalitetsberattelseDetaljer.TidigareUtgava::ersattesEftersom)
                .findFirst().orElse(null));
        return MALL;
    }

    /** The id of the refused form: one per section and per table, so it names which. */
    private static String felankare(Model model) {
        Object formular = model.getAttribute("felformular");
        if ("avsnittstext".equals(formular)) {
            return "text-" + ((AvsnittFormular) model.getAttribute("avsnittstext")).getAvsnitt();
        }
        if ("kommentar".equals(formular)) {
            return "kommentar-" + ((KommentarFormular) model.getAttribute("kommentar")).getTabell();
        }
        return formular == null ? null : formular.toString();
    }
}
