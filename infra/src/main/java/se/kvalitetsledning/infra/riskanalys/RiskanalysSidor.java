package se.kvalitetsledning.infra.riskanalys;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;
import se.kvalitetsledning.riskanalys.Anledning;
import se.kvalitetsledning.riskanalys.RiskanalysAtkomst;
import se.kvalitetsledning.riskanalys.RiskanalysId;

/**
 * The risk register of an enhet (or of all the user leads analyses in): the 4×4 heat map beside the open risks, and
 * the analyses; and the start of a new analysis. Anyone who leads no analyses gets the 403 page.
 */
@Controller
@Webbsida
@RequestMapping("/riskanalyser")
class RiskanalysSidor {

    private final RiskanalysTjanst tjanst;
    private final RiskanalysHandlaggning handlaggning;
    private final Namnuppslag namn;
    private final Anvandarkatalog anvandarkatalog;

    RiskanalysSidor(RiskanalysTjanst tjanst, RiskanalysHandlaggning handlaggning, Namnuppslag namn,
                    Anvandarkatalog anvandarkatalog) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.namn = namn;
        this.anvandarkatalog = anvandarkatalog;
    }

    @GetMapping
    String register(@AuthenticationPrincipal InloggadAnvandare anvandare,
                    @RequestParam(required = false) String enhet, Model model) {
        Aktor aktor = anvandare.aktor();
        String vald = StringUtils.hasText(enhet) ? enhet : null;
        model.addAttribute("enhetsval", enhetsval(aktor));
        model.addAttribute("vald", vald);
        model.addAttribute("enhetsnamn", namn.enhetsnamn());
        model.addAttribute("matris", tjanst.matris(aktor, vald));
        model.addAttribute("register", tjanst.register(aktor, vald));
        model.addAttribute("analyser", tjanst.lista(aktor, vald, null, null));
        return "riskanalyser/register";
    }

    @GetMapping("/ny")
    String ny(@AuthenticationPrincipal InloggadAnvandare anvandare,
              @RequestParam(required = false) String enhet, Model model) {
        AnalysFormular analys = new AnalysFormular();
        analys.setEnhet(enhet);
        analys.setDatum(tjanst.idag());
        model.addAttribute("analys", analys);
        return nySida(anvandare.aktor(), model);
    }

    @PostMapping("/ny")
    String inled(@AuthenticationPrincipal InloggadAnvandare anvandare,
                 @Valid @ModelAttribute("analys") AnalysFormular analys, BindingResult fel, Model model,
                 RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        if (!fel.hasErrors()) {
            try {
                RiskanalysId id = tjanst.inled(aktor, RiskanalysId.nytt(), handlaggning.uppgifter(
                        analys.getAnledning(), analys.getEnhet(), analys.getProcess(), analys.teamet(),
                        analys.getDatum()));
                flash.addFlashAttribute("meddelande", "Riskanalysen är inledd");
                return "redirect:/riskanalyser/" + id;
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel);
            }
        }
        return nySida(aktor, model);
    }

    private String nySida(Aktor aktor, Model model) {
        if (!RiskanalysTjanst.serRiskanalyser(aktor)) {
            throw new BehorighetSaknas("Riskanalyser leds av kvalitetssamordnare och enheternas handläggare och"
                    + " ledning");
        }
        model.addAttribute("enheter", enhetsval(aktor));
        model.addAttribute("anledningar", Anledning.values());
        model.addAttribute("personer", anvandarkatalog.iNagonAv(aktor.enheter()));
        return "riskanalyser/ny";
    }

    private List<Organisationsnod> enhetsval(Aktor aktor) {
        return namn.enheter(n -> aktor.tillhor(new EnhetId(n.id()))
                && RiskanalysAtkomst.farLeda(aktor, new EnhetId(n.id())));
    }
}
