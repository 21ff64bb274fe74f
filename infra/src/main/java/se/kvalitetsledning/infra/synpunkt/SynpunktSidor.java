package se.kvalitetsledning.infra.synpunkt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.Validator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.SynpunktAtkomst;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.SynpunktStatus;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/**
 * The handlers' list of synpunkter, filtered by a GET form that works without script, and the registration of one
 * that came by phone, visit, letter or e-mail. Anyone who handles no synpunkter gets the 403 page.
 */
@Controller
@Webbsida
@RequestMapping("/synpunkter")
class SynpunktSidor {

    private final SynpunktTjanst tjanst;
    private final Namnuppslag namn;
    private final Validator validator;
    private final Clock clock;

    SynpunktSidor(SynpunktTjanst tjanst, Namnuppslag namn, Validator validator, Clock clock) {
        this.tjanst = tjanst;
        this.namn = namn;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping
    String lista(@AuthenticationPrincipal InloggadAnvandare anvandare,
                 @ModelAttribute("filter") SynpunktFilter filter, BindingResult fel, Model model) {
        Aktor aktor = anvandare.aktor();
        model.addAttribute("rader", tjanst.lista(aktor, filter.tillUrval()));
        model.addAttribute("filterfel", fel.getFieldErrors().stream()
                .map(f -> f.getDefaultMessage() + " – filtret används inte.").toList());
        model.addAttribute("enhetsval", namn.enheter(n -> SynpunktAtkomst.farHandlagga(aktor, new EnhetId(n.id()))));
        model.addAttribute("serUtanEnhet", SynpunktAtkomst.farHandlagga(aktor, null));
        model.addAttribute("enhetsnamn", namn.enhetsnamn());
        model.addAttribute("typer", Synpunktstyp.values());
        model.addAttribute("statusar", SynpunktStatus.values());
        model.addAttribute("kanaler", Kanal.values());
        model.addAttribute("nu", clock.instant());
        return "synpunkter/lista";
    }

    @GetMapping("/ny")
    String ny(@AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        NySynpunktFormular synpunkt = new NySynpunktFormular();
        synpunkt.setMottagen(idag());
        model.addAttribute("synpunkt", synpunkt);
        return registreringssida(anvandare.aktor(), model);
    }

    /**
     * Registers and shows the synpunkt; one whose enhet is not known is for the kvalitetssamordnare to distribute,
     * so a handler who registers it goes back to the list.
     */
    @PostMapping("/ny")
    String registrera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                      @ModelAttribute("synpunkt") NySynpunktFormular synpunkt, BindingResult fel, Model model,
                      RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        NySynpunkt ny = synpunkt.tillNySynpunkt();
        Formularfel.kontrollera(validator, ny, NySynpunktFormular.FALT, fel);
        if (!fel.hasErrors()) {
            try {
                SynpunktId id = tjanst.registrera(aktor, ny);
                if (tjanst.hamta(aktor, id).isEmpty()) {
                    flash.addFlashAttribute("meddelande", "Synpunkten är registrerad. Enheten är okänd, så"
                            + " kvalitetssamordnaren fördelar den.");
                    return "redirect:/synpunkter";
                }
                flash.addFlashAttribute("meddelande", "Synpunkten är registrerad");
                return "redirect:/synpunkter/" + id;
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel, NySynpunktFormular::faltForRegel);
            }
        }
        return registreringssida(aktor, model);
    }

    private String registreringssida(Aktor aktor, Model model) {
        if (!SynpunktTjanst.serSynpunkter(aktor)) {
            throw new BehorighetSaknas("Synpunkter registreras av handläggare, kvalitetssamordnare och ledning");
        }
        model.addAttribute("enheter", namn.egnaEnheter(aktor));
        model.addAttribute("typer", Synpunktstyp.values());
        model.addAttribute("kanaler", Arrays.stream(Kanal.values()).filter(k -> k != Kanal.E_TJANST).toList());
        model.addAttribute("idag", idag());
        return "synpunkter/ny";
    }

    private LocalDate idag() {
        return LocalDate.now(clock.withZone(SvenskTid.ZON));
    }
}
