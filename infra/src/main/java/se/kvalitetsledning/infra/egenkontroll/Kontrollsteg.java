package se.kvalitetsledning.infra.egenkontroll;

import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.webb.Formularsteg;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** Sends a step of a check from one of its pages through {@link Formularsteg}, with the checks' wording. */
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
    private final Formularsteg<EgenkontrollDetaljer> formularsteg =
            new Formularsteg<>(ANDRAD_AV_ANNAN, Kontrollsteg::faltForRegel, EgenkontrollDetaljer::version);

    Kontrollsteg(EgenkontrollTjanst tjanst) {
        this.tjanst = tjanst;
    }

    String utfor(EgenkontrollId id, Aktor aktor, HandlaggningFormular formular, BindingResult fel, Model model,
                 RedirectAttributes flash, String klart, String tillbaka, Steg steg,
                 Function<EgenkontrollDetaljer, String> sida) {
        return formularsteg.utfor(Formularsteg.Sida.av(() -> tjanst.krav(aktor, id), sida), formular, fel, model,
                flash, new Formularsteg.Klart(klart, tillbaka), steg::utfor);
    }

    /** The draw's rules are about its fields; the other steps' rules are about the whole form. */
    private static String faltForRegel(String meddelande) {
        if (meddelande.startsWith("Listan")) {
            return "population";
        }
        return meddelande.startsWith("Stickprovet kan inte vara större") ? "stickprovsstorlek" : null;
    }
}
