package se.kvalitetsledning.egenkontroll;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * One answer to one question for one sample item: exactly one of an alternative (Ja / Nej / Ej aktuellt), a number
 * or a free text, the one the question's {@link Svarstyp} asks for.
 */
public record Svar(
        Svarsalternativ alternativ,
        BigDecimal tal,
        @PersonligUppgift @Size(max = 4000, message = "Högst 4000 tecken") String text) {

    public static Svar av(Svarsalternativ alternativ) {
        return new Svar(alternativ, null, null);
    }

    public static Svar tal(BigDecimal tal) {
        return new Svar(null, tal, null);
    }

    public static Svar fritext(String text) {
        return new Svar(null, null, text);
    }

    /** Whether this is an answer of the kind the question asks for, and only that. */
    public boolean passar(Svarstyp svarstyp) {
        boolean harText = text != null && !text.isBlank();
        return switch (svarstyp) {
            case JA_NEJ_EJ_AKTUELLT -> alternativ != null && tal == null && text == null;
            case TAL -> alternativ == null && tal != null && text == null;
            case FRITEXT -> alternativ == null && tal == null && harText;
        };
    }
}
