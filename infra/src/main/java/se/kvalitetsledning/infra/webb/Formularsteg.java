package se.kvalitetsledning.infra.webb;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sends a step from a page's form when the form is valid and goes back with a message; a refusal is shown at the
 * form on the latest version, and after a conflict the form moves to that version, so sending it again is a
 * deliberate choice. {@code D} is what the page shows, {@code version} its version.
 */
public final class Formularsteg<D> {

    private final String andradAvAnnan;
    private final Function<String, String> faltForRegel;
    private final ToLongFunction<D> version;

    /** @param faltForRegel which field a business rule's message is about, or null for the whole form */
    public Formularsteg(String andradAvAnnan, Function<String, String> faltForRegel, ToLongFunction<D> version) {
        this.andradAvAnnan = andradAvAnnan;
        this.faltForRegel = faltForRegel;
        this.version = version;
    }

    /** What the page says after the step, and where it goes. */
    public record Klart(String meddelande, String tillbaka) {
    }

    /**
     * The page the form is on: {@code kontroll} refuses (404, 403) one who may not see it, before anything is sent;
     * {@code senaste} reads it as it is now and {@code visa} shows it again with the form's errors.
     */
    public record Sida<D>(Runnable kontroll, Supplier<D> senaste, Function<D, String> visa) {

        /** A page whose reading is its check. */
        public static <D> Sida<D> av(Supplier<D> senaste, Function<D, String> visa) {
            return new Sida<>(senaste::get, senaste, visa);
        }
    }

    public String utfor(Sida<D> sida, HandlaggningFormular formular, BindingResult fel, Model model,
                        RedirectAttributes flash, Klart klart, Runnable steg) {
        sida.kontroll().run();
        Formularfel.Utfall utfall = null;
        if (!fel.hasErrors()) {
            try {
                steg.run();
                // a step may still find the form wrong after sending part of it, e.g. an unreadable answer
                if (!fel.hasErrors()) {
                    flash.addFlashAttribute("meddelande", klart.meddelande());
                    return "redirect:" + klart.tillbaka();
                }
            } catch (RuntimeException e) {
                utfall = Formularfel.visa(e, fel, faltForRegel, andradAvAnnan);
            }
        }
        D nu = sida.senaste().get();
        if (utfall == Formularfel.Utfall.KONFLIKT || formular.getVersion() == null) {
            formular.setVersion(version.applyAsLong(nu));
        }
        model.addAttribute("felformular", fel.getObjectName());
        return sida.visa().apply(nu);
    }
}
