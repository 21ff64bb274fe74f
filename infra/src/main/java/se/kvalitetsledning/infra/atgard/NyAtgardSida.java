package se.kvalitetsledning.infra.atgard;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.atgard.AtgardAtkomst;
import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.Atgardstyp;
import se.kvalitetsledning.atgard.Prioritet;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;

/**
 * "Ny åtgärd": a proposal on its own or from a case ({@code ?kalla=AVVIKELSE:<id>}), which it is then linked to and
 * returns to. Only those who lead some enhet propose; the owner is chosen among the people of the chosen enheter.
 */
@Controller
@Webbsida
@RequestMapping("/atgarder/ny")
class NyAtgardSida {

    private static final String VY = "atgarder/ny";

    private final AtgardTjanst tjanst;
    private final Kallvisning kallvisning;
    private final Namnuppslag namn;
    private final Anvandarkatalog anvandarkatalog;
    private final Validator validator;

    NyAtgardSida(AtgardTjanst tjanst, Kallvisning kallvisning, Namnuppslag namn, Anvandarkatalog anvandarkatalog,
                 Validator validator) {
        this.tjanst = tjanst;
        this.kallvisning = kallvisning;
        this.namn = namn;
        this.anvandarkatalog = anvandarkatalog;
        this.validator = validator;
    }

    @GetMapping
    String ny(@AuthenticationPrincipal InloggadAnvandare anvandare, @RequestParam(required = false) String kalla,
              Model model) {
        Aktor aktor = anvandare.aktor();
        AtgardFormular atgard = new AtgardFormular();
        Kallvisning.Fran fran = fran(aktor, kalla);
        if (fran != null) {
            atgard.setKalla(kalla);
            atgard.getEnheter().add(fran.enhet());
        } else {
            List<Organisationsnod> enheter = valbaraEnheter(aktor);
            if (enheter.size() == 1) {
                atgard.getEnheter().add(enheter.get(0).id());
            }
        }
        model.addAttribute("atgard", atgard);
        return formular(aktor, atgard, fran, model);
    }

    @PostMapping
    String foresla(@AuthenticationPrincipal InloggadAnvandare anvandare,
                   @ModelAttribute("atgard") AtgardFormular atgard, BindingResult fel, Model model,
                   RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        Kallvisning.Fran fran = fran(aktor, atgard.getKalla());
        List<NyAtgard.Kallhanvisning> kallor = Kallparameter.tolka(atgard.getKalla()).map(List::of).orElse(List.of());
        NyAtgard ny = atgard.tillNyAtgard(kallor);
        Formularfel.kontrollera(validator, ny, AtgardFormular.FALT, fel);
        if (!fel.hasErrors()) {
            try {
                AtgardId id = tjanst.foresla(aktor, ny);
                if (fran != null) {
                    flash.addFlashAttribute("meddelande", "Åtgärden ”" + ny.titel().strip() + "” är skapad och"
                            + " kopplad hit");
                    return "redirect:" + fran.lank();
                }
                flash.addFlashAttribute("meddelande", "Åtgärden är föreslagen");
                return "redirect:/atgarder/" + id;
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel, NyAtgardSida::faltForRegel);
            }
        }
        return formular(aktor, atgard, fran, model);
    }

    /** The owner choices for the enheter ticked so far, for the page's script to swap in. */
    @GetMapping("/agare")
    String agare(@AuthenticationPrincipal InloggadAnvandare anvandare,
                 @ModelAttribute("atgard") AtgardFormular atgard, Model model) {
        formular(anvandare.aktor(), atgard, null, model);
        return VY + " :: agare";
    }

    private String formular(Aktor aktor, AtgardFormular atgard, Kallvisning.Fran fran, Model model) {
        List<Organisationsnod> enheter = valbaraEnheter(aktor);
        if (enheter.isEmpty()) {
            throw new AccessDeniedException("Åtgärder föreslås av handläggare, kvalitetssamordnare och ledning");
        }
        Set<String> valbara = enheter.stream().map(Organisationsnod::id).collect(Collectors.toSet());
        // only the enheter the user may choose: the owner list names no one of the others
        Set<String> valda = atgard.getEnheter().stream().filter(valbara::contains).collect(Collectors.toSet());
        if (valda.isEmpty()) {
            valda = valbara;
        }
        var agarval = anvandarkatalog.iNagonAv(valda.stream().map(EnhetId::new).collect(Collectors.toSet()));
        if (atgard.getAgare() == null && agarval.contains(aktor.anvandare())) {
            atgard.setAgare(aktor.anvandare().anvandarnamn());
        }
        model.addAttribute("fran", fran);
        model.addAttribute("enheter", enheter);
        model.addAttribute("agarval", agarval);
        model.addAttribute("typer", Atgardstyp.values());
        model.addAttribute("kvalitetsomraden", Kvalitetsomrade.values());
        model.addAttribute("prioriteter", Prioritet.values());
        model.addAttribute("idag", tjanst.idag());
        return VY;
    }

    private Kallvisning.Fran fran(Aktor aktor, String kalla) {
        if (kalla == null) {
            return null;
        }
        var hanvisning = Kallparameter.tolka(kalla)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Okänd källa"));
        return kallvisning.fran(aktor, hanvisning);
    }

    private List<Organisationsnod> valbaraEnheter(Aktor aktor) {
        return namn.enheter(n -> AtgardAtkomst.farLeda(aktor, new EnhetId(n.id())));
    }

    /** The field an aggregate rule's message is about, so it is shown next to that field. */
    private static String faltForRegel(String meddelande) {
        String text = meddelande == null ? "" : meddelande.toLowerCase(Locale.ROOT);
        if (text.contains("förfallodatum")) {
            return "forfallodatum";
        }
        return text.contains("enhet") ? "enheter" : null;
    }
}
