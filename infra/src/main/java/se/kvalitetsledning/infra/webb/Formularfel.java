package se.kvalitetsledning.infra.webb;

import java.util.function.Function;

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
 * Turns a refused command into errors of the form that sent it: next to the field when the refusal names one,
 * otherwise at the top of the form. What a user cannot act on is not a form error and is rethrown.
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

    /**
     * @param faltForRegel which field a business rule's message is about, or null for the whole form
     * @throws RuntimeException {@code fel} itself when it is not a refusal the user can act on
     */
    public static Utfall visa(RuntimeException fel, BindingResult formular, Function<String, String> faltForRegel) {
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
            formular.reject("konflikt", ANDRAD_AV_ANNAN);
            return Utfall.KONFLIKT;
        }
        throw fel;
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
