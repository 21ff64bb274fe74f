package se.kvalitetsledning.infra.egenkontroll;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.Fragetillamplighet;
import se.kvalitetsledning.egenkontroll.Mallversion;
import se.kvalitetsledning.egenkontroll.Svar;
import se.kvalitetsledning.egenkontroll.Svarsalternativ;
import se.kvalitetsledning.egenkontroll.Svarstyp;

/**
 * Turns the form of one sample item into the answers to send: each filled field read as its question's kind (an
 * unreadable one is an error at its field, and then nothing is sent), and of those only the ones that change the
 * recorded answer and whose question is asked of the item once the form's answers are in place, as the result
 * counts them (a conditional question's answer is left out where its condition does not hold).
 */
final class Postsvar {

    private static final int HOGST_TEXT = 4000;

    private Postsvar() {
    }

    /** The filled fields as answers, in the template's order; an error per field that cannot be read. */
    static Map<FragaId, Svar> tolka(Mallversion mall, Map<String, String> falt, Errors fel) {
        Map<FragaId, Svar> svar = new LinkedHashMap<>();
        for (Fraga fraga : mall.fragor()) {
            String varde = falt.get(fraga.id().value());
            if (!StringUtils.hasText(varde)) {
                continue;
            }
            Svar tolkat = tolka(fraga.svarstyp(), varde.trim());
            if (tolkat == null) {
                fel.rejectValue(falt(fraga.id()), "ogiltig", felmeddelande(fraga.svarstyp()));
            } else {
                svar.put(fraga.id(), tolkat);
            }
        }
        return svar;
    }

    /** The answers that change something and count for the item, in the template's order. */
    static Map<FragaId, Svar> attSkicka(Mallversion mall, String post, Map<FragaId, Svar> nya, Kontrollsvar sparade) {
        Fragetillamplighet tillamplighet = new Fragetillamplighet(mall, sparade.med(post, nya));
        Map<FragaId, Svar> skickas = new LinkedHashMap<>();
        nya.forEach((fraga, svar) -> {
            boolean galler = mall.fraga(fraga).map(f -> tillamplighet.galler(post, f)).orElse(false);
            if (galler && !svar.equals(sparade.svar(post, fraga))) {
                skickas.put(fraga, svar);
            }
        });
        return skickas;
    }

    /** The form field of a question, as the page names it. */
    static String falt(FragaId fraga) {
        return "svar[" + fraga.value() + "]";
    }

    private static Svar tolka(Svarstyp svarstyp, String varde) {
        return switch (svarstyp) {
            case JA_NEJ_EJ_AKTUELLT -> alternativ(varde);
            case TAL -> tal(varde);
            case FRITEXT -> varde.length() > HOGST_TEXT ? null : Svar.fritext(varde);
        };
    }

    private static Svar alternativ(String varde) {
        for (Svarsalternativ alternativ : Svarsalternativ.values()) {
            if (alternativ.name().equals(varde)) {
                return Svar.av(alternativ);
            }
        }
        return null;
    }

    /** A decimal comma is read as the point Swedish users mean by it. */
    private static Svar tal(String varde) {
        try {
            return Svar.tal(new BigDecimal(varde.replace(',', '.').replace(" ", "")));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String felmeddelande(Svarstyp svarstyp) {
        return switch (svarstyp) {
            case JA_NEJ_EJ_AKTUELLT -> "Välj Ja, Nej eller Ej aktuellt";
            case TAL -> "Ange ett tal, till exempel 45";
            case FRITEXT -> "Högst " + HOGST_TEXT + " tecken";
        };
    }
}
