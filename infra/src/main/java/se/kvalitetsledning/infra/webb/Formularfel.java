package se.kvalitetsledning.infra.webb;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.infra.api.OgiltigIndata;

/**
 * Turns a refused command, or the broken rules of what a form became, into errors of the form that sent it: next to
 * the field when the refusal names one, otherwise at the top of the form. What a user cannot act on is not a form
 * error and is rethrown.
 */
public final class Formularfel {

    public static final String ANDRAD_AV_ANNAN = "Någon annan har ändrat avvikelsen medan du arbetade. "
            + "Sidan visar nu den senaste versionen; gör om din ändring.";

    /** What a refusal was, so the caller can e.g. move the form to the latest version after a conflict. */
    public enum Utfall { FALTFEL, FORMULARFEL, KONFLIKT }

    private Formularfel() {
    }

    public static Utfall visa(RuntimeException fel, BindingResult formular) {
        return visa(fel, formular, meddelande -> null);
    }

    public static Utfall visa(RuntimeException fel, BindingResult formular, Function<String, String> faltForRegel) {
        return visa(fel, formular, faltForRegel, ANDRAD_AV_ANNAN);
    }

    /**
     * @param faltForRegel which field a business rule's message is about, or null for the whole form
     * @param andradAvAnnan what a conflict tells the user, in the words of the case's kind
     * @throws RuntimeException {@code fel} itself when it is not a refusal the user can act on
     */
    public static Utfall visa(RuntimeException fel, BindingResult formular, Function<String, String> faltForRegel,
                              String andradAvAnnan) {
        RuntimeException orsak = uppackad(fel);
        if (orsak instanceof OgiltigIndata ogiltig) {
            return falt(formular, ogiltig.falt(), ogiltig.getMessage());
        }
        if (orsak instanceof RegelBrott regel) {
            return falt(formular, faltForRegel.apply(regel.getMessage()), regel.getMessage());
        }
        if (orsak instanceof BehorighetSaknas behorighet) {
            return falt(formular, null, behorighet.getMessage());
        }
        if (orsak instanceof JSR303ViolationException ogiltigt) {
            ogiltigt.getViolations().forEach(v -> falt(formular, v.getPropertyPath().toString(),
                    "Värdet följer inte reglerna: " + v.getMessage()));
            return Utfall.FALTFEL;
        }
        if (orsak instanceof ConflictingAggregateVersionException || orsak instanceof ConcurrencyException) {
            formular.reject("konflikt", andradAvAnnan);
            return Utfall.KONFLIKT;
        }
        throw fel;
    }

    /**
     * The Bean Validation rules {@code objekt} breaks, each on the form's field of the same name, in the order of
     * {@code faltordning} (the page's order, which is the order of the error summary); one message per field.
     */
    public static <T> void kontrollera(Validator validator, T objekt, List<String> faltordning, BindingResult fel) {
        validator.validate(objekt).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) ->
                        faltordning.indexOf(v.getPropertyPath().toString())))
                .forEach(v -> {
                    String falt = v.getPropertyPath().toString();
                    if (!fel.hasFieldErrors(falt)) {
                        fel.rejectValue(falt, "ogiltig", v.getMessage());
                    }
                });
    }

    private static Utfall falt(BindingResult formular, String falt, String meddelande) {
        if (falt != null && formular.getTarget() != null
                && PropertyAccessorFactory.forBeanPropertyAccess(formular.getTarget()).isReadableProperty(falt)) {
            formular.rejectValue(falt, "avvisad", meddelande);
            return Utfall.FALTFEL;
        }
        formular.reject("avvisad", meddelande);
        return Utfall.FORMULARFEL;
    }

    private static RuntimeException uppackad(RuntimeException fel) {
        if (fel instanceof CommandExecutionException && fel.getCause() instanceof RuntimeException orsak) {
            return orsak;
        }
        return fel;
    }
}
