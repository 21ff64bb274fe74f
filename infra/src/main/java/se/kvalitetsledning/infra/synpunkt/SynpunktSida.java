package se.kvalitetsledning.infra.synpunkt;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularsteg;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer;
import se.kvalitetsledning.synpunkt.SynpunktId;

/**
 * The page of one synpunkt and its forms. Each form posts the version the user saw; a refusal re-renders the page
 * with the message at that form, a success redirects back with a confirmation.
 */
@Controller
@Webbsida
@RequestMapping("/synpunkter/{id}")
class SynpunktSida {

    private static final String ANDRAD_AV_ANNAN = "Någon annan har ändrat synpunkten medan du arbetade. "
            + "Sidan visar nu den senaste versionen; gör om din ändring.";

    private final SynpunktTjanst tjanst;
    private final Formularsteg<SynpunktDetaljer> steg =
            new Formularsteg<>(ANDRAD_AV_ANNAN, SynpunktSida::faltForRegel, SynpunktDetaljer::version);
    private final SynpunktHandlaggning handlaggning;
    private final SynpunktModell sida;

    SynpunktSida(SynpunktTjanst tjanst, SynpunktHandlaggning handlaggning, SynpunktModell sida) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.sida = sida;
    }

    @GetMapping
    String visa(@PathVariable SynpunktId id, @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        return sida.fyll(tjanst.krav(anvandare.aktor(), id), anvandare.aktor(), model);
    }

    @PostMapping("/kvittens")
    String kvittera(@PathVariable SynpunktId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                    @Valid @ModelAttribute("kvittens") TextFormular f, BindingResult fel,
                    Model model, RedirectAttributes flash) {
        f.kravs(fel, "Välj hur avsändaren fick kvittensen", 100);
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Kvittensen är registrerad"),
                model, flash, () -> handlaggning.kvittera(id, f.getVersion(), anvandare.aktor(), f.getText()));
    }

    @PostMapping("/handlaggare")
    String tilldela(@PathVariable SynpunktId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                    @Valid @ModelAttribute("tilldelning") TilldelningFormular f, BindingResult fel,
                    Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Handläggaren är utsedd"),
                model, flash, () -> handlaggning.tilldela(id, f.getVersion(), anvandare.aktor(), f.enhet(),
                        f.anvandarnamn()));
    }

    @PostMapping("/utredning")
    String utred(@PathVariable SynpunktId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                 @Valid @ModelAttribute("utredning") SynpunktUtredningFormular f, BindingResult fel,
                 Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Utredningen är sparad"),
                model, flash, () -> handlaggning.utred(id, f.getVersion(), anvandare.aktor(), f.getKategori(),
                        f.getKvalitetsomraden(), f.getOrsaksomraden(), f.getAnalys()));
    }

    @PostMapping("/svar")
    String besvara(@PathVariable SynpunktId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("svar") SvarFormular f, BindingResult fel,
                   Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Svaret är registrerat"),
                model, flash, () -> handlaggning.besvara(id, f.getVersion(), anvandare.aktor(), f.getSvar(),
                        f.getSatt(), f.getSkickat()));
    }

    @PostMapping("/vidarebefordran")
    String vidarebefordra(@PathVariable SynpunktId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                          @Valid @ModelAttribute("vidarebefordran") VidarebefordranFormular f, BindingResult fel,
                          Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel,
                        "Synpunkten är vidarebefordrad"),
                model, flash, () -> handlaggning.vidarebefordra(id, f.getVersion(), anvandare.aktor(),
                        f.getMottagare(), f.getMeddelande()));
    }

    @PostMapping("/eskalering")
    String eskalera(@PathVariable SynpunktId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                    @Valid @ModelAttribute("eskalering") EskaleringFormular f, BindingResult fel,
                    Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Synpunkten är eskalerad"),
                model, flash, () -> handlaggning.eskalera(id, f.getVersion(), anvandare.aktor(), f.getMal(),
                        f.getKommentar()));
    }

    /** With åtgärder open, closing needs the reason why they continue on their own. */
    @PostMapping("/avsluta")
    String avsluta(@PathVariable SynpunktId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("avslut") TextFormular f, BindingResult fel,
                   Model model, RedirectAttributes flash) {
        boolean oppna = SynpunktModell.harOppnaAtgarder(tjanst.krav(anvandare.aktor(), id));
        if (oppna) {
            f.kravs(fel, "Skriv varför de öppna åtgärderna fortsätter självständigt", 2000);
        }
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Synpunkten är avslutad"),
                model, flash, () -> handlaggning.avsluta(id, f.getVersion(), anvandare.aktor(),
                        oppna ? f.getText() : null));
    }

    /**
     * Sends the command when the form is valid, to one who may read the synpunkt (404 or 403 first otherwise). A
     * refusal is shown at the form on the latest version; after a conflict the form moves to that version, so
     * sending it again is a deliberate choice.
     */
    private String utfor(Handling handling, Model model, RedirectAttributes flash, Runnable kommando) {
        SynpunktId id = handling.id();
        var formularetsSida = Formularsteg.Sida.av(() -> tjanst.krav(handling.aktor(), id),
                senaste -> sida.fyll(senaste, handling.aktor(), model));
        return steg.utfor(formularetsSida, handling.formular(), handling.fel(), model, flash,
                new Formularsteg.Klart(handling.klart(), "/synpunkter/" + id), kommando);
    }

    /** The field of the posted form a rule's message is about; a field the form lacks puts it at the top. */
    private static String faltForRegel(String meddelande) {
        String text = meddelande == null ? "" : meddelande.toLowerCase(Locale.ROOT);
        return text.contains("skickades") ? "skickat" : null;
    }

    /** One posted form: which synpunkt, who, its input and errors, the receipt. */
    private record Handling(SynpunktId id, Aktor aktor, HandlaggningFormular formular, BindingResult fel,
                            String klart) {
    }
}
