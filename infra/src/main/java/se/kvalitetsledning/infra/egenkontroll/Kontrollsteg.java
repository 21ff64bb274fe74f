package se.kvalitetsledning.infra.egenkontroll;

import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/**
 * Sends a step of a check from one of its pages when the form is valid; a refusal is shown at the form on the
 * latest version, and after a conflict the form moves to that version, so sending it again is a deliberate choice.
 */
@Component
class Kontrollsteg {

    static final String ANDRAD_AV_ANNAN = "Någon annan har ändrat samma uppgift i egenkontrollen medan du arbetade. "
            + "Sidan visar nu den senaste versionen; gör om din ändring.";

    /** A step that sends its command(s) and may still find the form wrong, e.g. an unreadable answer. */
    @FunctionalInterface
    interface Steg {
        void utfor();
    }

    private final EgenkontrollTjanst tjanst;

    Kontrollsteg(EgenkontrollTjanst tjanst) {
        this.tjanst = tjanst;
    }

    String utfor(EgenkontrollId id, Aktor aktor, HandlaggningFormular formular, BindingResult fel, Model model,
                 RedirectAttributes flash, String klart, String tillbaka, Steg steg,
                 Function<EgenkontrollDetaljer, String> sida) {
        tjanst.krav(aktor, id);
        Formularfel.Utfall utfall = null;
        if (!fel.hasErrors()) {
            try {
                steg.utfor();
                if (!fel.hasErrors()) {
                    flash.addFlashAttribute("meddelande", klart);
                    return "redirect:" + tillbaka;
                }
            } catch (RuntimeException e) {
                utfall = Formularfel.visa(e, fel, Kontrollsteg::faltForRegel, ANDRAD_AV_ANNAN);
            }
        }
        EgenkontrollDetaljer senaste = tjanst.krav(aktor, id);
        if (utfall == Formularfel.Utfall.KONFLIKT || formular.getVersion() == null) {
            formular.setVersion(senaste.version());
        }
        model.addAttribute("felformular", fel.getObjectName());
        return sida.apply(senaste);
    }

    /** The draw's rules are about its fields; the other steps' rules are about the whole form. */
    private static String faltForRegel(String meddelande) {
        if (meddelande.startsWith("Listan")) {
            return "population";
        }
        return meddelande.startsWith("Stickprovet kan inte vara större") ? "stickprovsstorlek" : null;
    }
}
