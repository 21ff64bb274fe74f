package se.kvalitetsledning.infra.indikator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * Reads the numbers and months of the indikator forms as typed: a decimal comma or point ("92,5"), a month as the
 * browser's month field sends it ("2026-03"). What cannot be read is an error next to its field.
 */
final class Talfalt {

    private Talfalt() {
    }

    static BigDecimal tal(String text) {
        if (!StringUtils.hasText(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static YearMonth manad(String text) {
        if (!StringUtils.hasText(text)) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A number, required; {@code ickeNegativt} when it cannot be below zero. */
    static void kontrolleraTal(Errors fel, String falt, String text, String saknas, boolean ickeNegativt) {
        if (fel.hasFieldErrors(falt)) {
            return;
        }
        BigDecimal tal = tal(text);
        if (!StringUtils.hasText(text)) {
            fel.rejectValue(falt, "saknas", saknas);
        } else if (tal == null) {
            fel.rejectValue(falt, "ogiltig", "Skriv ett tal, t.ex. 58 eller 92,5");
        } else if (ickeNegativt && tal.signum() < 0) {
            fel.rejectValue(falt, "negativ", "Får inte vara negativt");
        }
    }

    static void kontrolleraManad(Errors fel, String falt, String text) {
        if (!fel.hasFieldErrors(falt) && manad(text) == null) {
            fel.rejectValue(falt, "ogiltig", "Ange månaden som år och månad, t.ex. " + YearMonth.of(2026, 3));
        }
    }
}
