package se.kvalitetsledning.infra.avvikelse;

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

import se.kvalitetsledning.avvikelse.AvvikelseDetaljer;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Formularsteg;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.infra.webb.Webbsida;

/**
 * The case page and its handling forms. Each form posts the version the user saw; a refusal re-renders the page
 * with the message at that form, a success redirects back with a confirmation.
 */
@Controller
@Webbsida
@RequestMapping("/avvikelser/{id}")
class AvvikelseArendeSidor {

    private final AvvikelseTjanst tjanst;
    private final AvvikelseHandlaggning handlaggning;
    private final ArendeModell arende;
    private final Formularsteg<AvvikelseDetaljer> steg =
            new Formularsteg<>(Formularfel.ANDRAD_AV_ANNAN, meddelande -> null, AvvikelseDetaljer::version);

    AvvikelseArendeSidor(AvvikelseTjanst tjanst, AvvikelseHandlaggning handlaggning, ArendeModell arende) {
        this.handlaggning = handlaggning;
        this.tjanst = tjanst;
        this.arende = arende;
    }

    @GetMapping
    String visa(@PathVariable AvvikelseId id, @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        Aktor aktor = anvandare.aktor();
        var avvikelse = tjanst.hamta(aktor, id);
        if (avvikelse.isEmpty() && tjanst.minRapport(aktor, id).isPresent()) {
            return "redirect:/avvikelser/mina?rapport=" + id + "#rapport-" + id;
        }
        return arende.fyll(avvikelse.orElseThrow(() -> new AvvikelseSaknas(id)), aktor, model);
    }

    @PostMapping("/tilldela")
    String tilldela(@PathVariable AvvikelseId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                    @Valid @ModelAttribute("tilldelning") TilldelningFormular f, BindingResult fel,
                    Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Handläggaren är tilldelad"),
                model, flash, () -> handlaggning.tilldela(id, f.getVersion(), anvandare.aktor(), f.getHandlaggare()));
    }

    @PostMapping("/klassificera")
    String klassificera(@PathVariable AvvikelseId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                        @Valid @ModelAttribute("klassificering") KlassificeringFormular f, BindingResult fel,
                        Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Klassificeringen är sparad"),
                model, flash, () -> handlaggning.klassificera(id, f.getVersion(), anvandare.aktor(), f.getKategori(),
                        f.getKvalitetsomraden(), f.getKonsekvens(), f.getSannolikhet()));
    }

    @PostMapping("/utredning")
    String utred(@PathVariable AvvikelseId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                 @Valid @ModelAttribute("utredning") UtredningFormular f, BindingResult fel,
                 Model model, RedirectAttributes flash) {
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Utredningen är sparad"),
                model, flash, () -> handlaggning.utred(id, f.getVersion(), anvandare.aktor(), f.getOrsaksomraden(),
                        f.getBakomliggandeOrsaker(), f.getAnalys()));
    }

    @PostMapping("/eskalera")
    String eskalera(@PathVariable AvvikelseId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                    @Valid @ModelAttribute("eskalering") TextFormular f, BindingResult fel,
                    Model model, RedirectAttributes flash) {
        f.hogst(fel, 4000);
        return utfor(new Handling(id, anvandare.aktor(), f, fel,
                        "Avvikelsen är eskalerad till lex Sarah"),
                model, flash, () -> handlaggning.eskaleraTillLexSarah(id, f.getVersion(), anvandare.aktor(),
                        f.getText()));
    }

    @PostMapping("/avskriv")
    String avskriv(@PathVariable AvvikelseId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("avskrivning") TextFormular f, BindingResult fel,
                   Model model, RedirectAttributes flash) {
        f.kravs(fel, "Skriv varför det inte är ett missförhållande", 4000);
        return utfor(new Handling(id, anvandare.aktor(), f, fel,
                        "Misstanken om missförhållande är avskriven"),
                model, flash, () -> handlaggning.avskrivMissforhallande(id, f.getVersion(), anvandare.aktor(),
                        f.getText()));
    }

    @PostMapping("/aterkoppling")
    String aterkoppla(@PathVariable AvvikelseId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                      @Valid @ModelAttribute("aterkoppling") TextFormular f, BindingResult fel,
                      Model model, RedirectAttributes flash) {
        f.kravs(fel, "Skriv återkopplingen till den som rapporterade", 4000);
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Återkopplingen är sparad"),
                model, flash, () -> handlaggning.geAterkoppling(id, f.getVersion(), anvandare.aktor(), f.getText()));
    }

    @PostMapping("/utebliven-aterkoppling")
    String utebliven(@PathVariable AvvikelseId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                     @Valid @ModelAttribute("utebliven") TextFormular f, BindingResult fel,
                     Model model, RedirectAttributes flash) {
        f.kravs(fel, "Skriv varför återkoppling inte kan ges", 2000);
        return utfor(new Handling(id, anvandare.aktor(), f, fel,
                        "Skälet till att återkoppling inte ges är sparat"),
                model, flash, () -> handlaggning.registreraUteblivenAterkoppling(id, f.getVersion(), anvandare.aktor(),
                        f.getText()));
    }

    /** With åtgärder open, closing needs the reason why they continue on their own. */
    @PostMapping("/avsluta")
    String avsluta(@PathVariable AvvikelseId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("avslut") TextFormular f, BindingResult fel,
                   Model model, RedirectAttributes flash) {
        boolean oppna = tjanst.hamta(anvandare.aktor(), id).map(ArendeModell::harOppnaAtgarder).orElse(false);
        if (oppna) {
            f.kravs(fel, "Skriv varför de öppna åtgärderna fortsätter självständigt", 2000);
        }
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Avvikelsen är avslutad"),
                model, flash, () -> handlaggning.avsluta(id, f.getVersion(), anvandare.aktor(),
                        oppna ? f.getText() : null));
    }

    @PostMapping("/ateroppna")
    String ateroppna(@PathVariable AvvikelseId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                     @Valid @ModelAttribute("ateroppning") TextFormular f, BindingResult fel,
                     Model model, RedirectAttributes flash) {
        f.kravs(fel, "Skriv varför avvikelsen återöppnas", 2000);
        return utfor(new Handling(id, anvandare.aktor(), f, fel, "Avvikelsen är återöppnad"),
                model, flash, () -> handlaggning.ateroppna(id, f.getVersion(), anvandare.aktor(), f.getText()));
    }

    /**
     * Sends the command when the form is valid. A refusal is shown at the form on the latest version of the case;
     * after a conflict the form moves to that version, so sending it again is a deliberate choice.
     */
    private String utfor(Handling handling, Model model, RedirectAttributes flash, Runnable kommando) {
        AvvikelseId id = handling.id();
        var sida = Formularsteg.Sida.av(
                () -> tjanst.hamta(handling.aktor(), id).orElseThrow(() -> new AvvikelseSaknas(id)),
                senaste -> arende.fyll(senaste, handling.aktor(), model));
        return steg.utfor(sida, handling.formular(), handling.fel(), model, flash,
                new Formularsteg.Klart(handling.klart(), "/avvikelser/" + id), kommando);
    }

    /** One posted handling form: which case, who, its input and errors, the receipt. */
    private record Handling(AvvikelseId id, Aktor aktor, HandlaggningFormular formular, BindingResult fel,
                            String klart) {
    }
}
