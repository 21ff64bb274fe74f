package se.kvalitetsledning.infra.lexsarah;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

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
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Formularsteg;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer;
import se.kvalitetsledning.lexsarah.LexSarahId;

/**
 * The lex Sarah case page and its forms. Every rendering of the case is recorded in its view log. Each form posts
 * the version the user saw; a refusal re-renders the page with the message at that form, a success redirects back
 * with a confirmation.
 */
@Controller
@Webbsida
@RequestMapping("/lex-sarah/{id}")
class LexSarahArendeSidor {

    private static final String ANDRAD_AV_ANNAN = "Någon annan har ändrat ärendet medan du arbetade. "
            + "Sidan visar nu den senaste versionen; gör om din ändring.";
    private static final String VISNING = "Ärendesidan";

    private final LexSarahTjanst tjanst;
    private final LexSarahHandlaggning handlaggning;
    private final LexSarahArendeModell arende;
    private final Validator validator;
    private final Formularsteg<LexSarahDetaljer> steg =
            new Formularsteg<>(ANDRAD_AV_ANNAN, LexSarahArendeSidor::faltForRegel, LexSarahDetaljer::version);

    LexSarahArendeSidor(LexSarahTjanst tjanst, LexSarahHandlaggning handlaggning, LexSarahArendeModell arende,
                        Validator validator) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.arende = arende;
        this.validator = validator;
    }

    @GetMapping
    String visa(@PathVariable LexSarahId id, @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        return arende.fyll(tjanst.visa(anvandare.aktor(), id, VISNING), anvandare.aktor(), model);
    }

    @PostMapping("/omedelbara-atgarder")
    String omedelbara(@PathVariable LexSarahId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                      @Valid @ModelAttribute("omedelbara") TextFormular f, BindingResult fel,
                      Model model, RedirectAttributes flash) {
        f.kravs(fel, "Skriv vilka åtgärder som vidtagits", 4000);
        return utfor(new Handling(id, anvandare.aktor(), f, fel,
                        "De omedelbara åtgärderna är registrerade"),
                model, flash, () -> handlaggning.registreraOmedelbaraAtgarder(id, f.getVersion(), anvandare.aktor(),
                        f.getText()));
    }

    @PostMapping("/omedelbara-atgarder/ej-behovliga")
    String ejBehovliga(@PathVariable LexSarahId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                       @Valid @ModelAttribute("ejBehovliga") TextFormular f, BindingResult fel,
                       Model model, RedirectAttributes flash) {
        f.kravs(fel, "Skriv varför inga omedelbara åtgärder behövs", 4000);
        return utfor(new Handling(id, anvandare.aktor(), f, fel,
                        "Det är registrerat att inga omedelbara åtgärder behövs"),
                model, flash, () -> handlaggning.omedelbaraAtgarderEjBehovliga(id, f.getVersion(), anvandare.aktor(),
                        f.getText()));
    }

    @PostMapping("/utredare")
    String utredare(@PathVariable LexSarahId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                    @Valid @ModelAttribute("tilldelning") UtredareFormular f, BindingResult fel,
                    Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Utredaren är utsedd"),
                model, flash, () -> handlaggning.tilldelaUtredare(id, f.getVersion(), anvandare.aktor(),
                        f.getUtredare()));
    }

    @PostMapping("/utredning")
    String utredning(@PathVariable LexSarahId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                     @ModelAttribute("utredning") LexSarahUtredningFormular f, BindingResult fel,
                     Model model, RedirectAttributes flash) {
        // a long form: its messages are summarised in the order of the page
        Formularfel.kontrollera(validator, f, LexSarahUtredningFormular.FALT, fel);
        f.kravBarnperspektiv(fel);
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Utredningen är sparad"),
                model, flash, () -> handlaggning.utred(id, f.getVersion(), anvandare.aktor(), f.tillUtredning()));
    }

    @PostMapping("/bedomning")
    String bedomning(@PathVariable LexSarahId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                     @Valid @ModelAttribute("bedomning") BedomningFormular f, BindingResult fel,
                     Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Bedömningen är sparad"),
                model, flash, () -> handlaggning.bedom(id, f.getVersion(), anvandare.aktor(), f.getNiva(),
                        f.getMotivering()));
    }

    @PostMapping("/anmalan")
    String anmalan(@PathVariable LexSarahId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("anmalan") AnmalanFormular f, BindingResult fel,
                   Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Anmälan till IVO är registrerad"),
                model, flash, () -> handlaggning.anmalTillIvo(id, f.getVersion(), anvandare.aktor(), f.getSkickad(),
                        f.getDiarienummer()));
    }

    @PostMapping("/anmalan/diarienummer")
    String diarienummer(@PathVariable LexSarahId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                        @Valid @ModelAttribute("diarienummer") TextFormular f, BindingResult fel,
                        Model model, RedirectAttributes flash) {
        f.kravs(fel, "Ange IVO:s diarienummer", 60);
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Diarienumret är registrerat"),
                model, flash, () -> handlaggning.registreraDiarienummer(id, f.getVersion(), anvandare.aktor(),
                        f.getText()));
    }

    @PostMapping("/anmalan/komplettering")
    String komplettering(@PathVariable LexSarahId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                         @Valid @ModelAttribute("komplettering") KompletteringFormular f, BindingResult fel,
                         Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Kompletteringen är registrerad"),
                model, flash, () -> handlaggning.komplettera(id, f.getVersion(), anvandare.aktor(), f.getText(),
                        f.getSkickad()));
    }

    /** With åtgärder open, closing needs the reason why they continue on their own. */
    @PostMapping("/avsluta")
    String avsluta(@PathVariable LexSarahId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("avslut") TextFormular f, BindingResult fel,
                   Model model, RedirectAttributes flash) {
        boolean oppna = LexSarahArendeModell.harOppnaAtgarder(tjanst.krav(anvandare.aktor(), id));
        if (oppna) {
            f.kravs(fel, "Skriv varför de öppna åtgärderna fortsätter självständigt", 2000);
        }
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Ärendet är avslutat"),
                model, flash, () -> handlaggning.avsluta(id, f.getVersion(), anvandare.aktor(),
                        oppna ? f.getText() : null));
    }

    /**
     * Sends the command when the form is valid, to one who may read the case (404 or 403 first otherwise). A refusal
     * is shown at the form on the latest version of the case; after a conflict the form moves to that version, so
     * sending it again is a deliberate choice.
     */
    private String utfor(Handling handling, Model model, RedirectAttributes flash, Runnable kommando) {
        LexSarahId id = handling.id();
        var sida = new Formularsteg.Sida<>(() -> tjanst.krav(handling.aktor(), id),
                () -> tjanst.visa(handling.aktor(), id, VISNING),
                senaste -> arende.fyll(senaste, handling.aktor(), model));
        return steg.utfor(sida, handling.formular(), handling.fel(), model, flash,
                new Formularsteg.Klart(handling.klart(), "/lex-sarah/" + id), kommando);
    }

    /** The field of the posted form a rule's message is about; a field the form lacks puts it at the top. */
    private static String faltForRegel(String meddelande) {
        String text = meddelande == null ? "" : meddelande.toLowerCase(Locale.ROOT);
        if (text.contains("barnperspektiv")) {
            return "barnperspektiv";
        }
        if (text.contains("skickades")) {
            return "skickad";
        }
        return null;
    }

    /** One posted form: which case, who, its input and errors, the receipt. */
    private record Handling(LexSarahId id, Aktor aktor, HandlaggningFormular formular, BindingResult fel,
                            String klart) {
    }
}
