package se.kvalitetsledning.infra.webb;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/** A value that cannot be converted is reported in Swedish next to its field, not as a Java message. */
class Bindningsfel extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException fel, BindingResult resultat) {
        String falt = fel.getPropertyName();
        resultat.addError(new FieldError(resultat.getObjectName(), falt, fel.getValue(), true,
                resultat.resolveMessageCodes(fel.getErrorCode(), falt), null,
                meddelande(fel instanceof TypeMismatchException typfel ? typfel.getRequiredType() : null)));
    }

    private static String meddelande(Class<?> typ) {
        if (typ == null) {
            return "Värdet kan inte användas";
        }
        if (LocalDateTime.class.equals(typ)) {
            return "Ange datum och klockslag, till exempel 2025-03-14 13:30";
        }
        if (YearMonth.class.equals(typ)) {
            return "Ange en månad som åååå-mm, till exempel 2026-03";
        }
        if (LocalDate.class.equals(typ)) {
            return "Ange ett datum som åååå-mm-dd, till exempel 2025-03-14";
        }
        if (Number.class.isAssignableFrom(typ) || typ.isPrimitive()) {
            return "Ange en siffra";
        }
        return "Välj ett av alternativen";
    }
}
