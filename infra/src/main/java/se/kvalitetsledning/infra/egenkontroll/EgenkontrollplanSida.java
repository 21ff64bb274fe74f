package se.kvalitetsledning.infra.egenkontroll;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

import se.kvalitetsledning.egenkontroll.EgenkontrollAtkomst;
import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.egenkontroll.KontrollmallRad;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;

/**
 * The årshjul of a year: the checks of the user's enheter (or one of them) by month, each done, due or overdue,
 * every enhet flagged that has performed none in the last 12 months; and the form that plans a check, for those who
 * may. It is open to the enheter's staff: someone without an enhet gets the 403 page.
 */
@Controller
@Webbsida
@RequestMapping("/egenkontroller")
class EgenkontrollplanSida {

    private final EgenkontrollTjanst tjanst;
    private final Namnuppslag namn;
    private final Anvandarkatalog anvandarkatalog;

    EgenkontrollplanSida(EgenkontrollTjanst tjanst, Namnuppslag namn, Anvandarkatalog anvandarkatalog) {
        this.tjanst = tjanst;
        this.namn = namn;
        this.anvandarkatalog = anvandarkatalog;
    }

    @GetMapping
    String plan(@AuthenticationPrincipal InloggadAnvandare anvandare, @RequestParam(required = false) String enhet,
                @RequestParam(required = false) Integer ar, Model model) {
        if (!model.containsAttribute("planering")) {
            PlaneringFormular planering = new PlaneringFormular();
            planering.setEnhet(enhet);
            model.addAttribute("planering", planering);
        }
        return plansida(anvandare.aktor(), enhet, ar, model);
    }

    @PostMapping
    String planera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("planering") PlaneringFormular planering, BindingResult fel, Model model,
                   RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        if (!fel.hasErrors()) {
            try {
                EgenkontrollId id = tjanst.planera(aktor, planering.begaran());
                flash.addFlashAttribute("meddelande", "Egenkontrollen är planerad");
                return "redirect:/egenkontroller/" + id;
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel);
            }
        }
        Integer ar = planering.getManad() == null ? null : planering.getManad().getYear();
        return plansida(aktor, planering.getEnhet(), ar, model);
    }

    private String plansida(Aktor aktor, String enhet, Integer ar, Model model) {
        if (aktor.enheter().isEmpty()) {
            throw new BehorighetSaknas("Egenkontroller är öppna för enheternas personal");
        }
        String vald = StringUtils.hasText(enhet) ? enhet : null;
        int valtAr = ar == null || ar < 2000 || ar > 2100 ? tjanst.idag().getYear() : ar;
        List<Organisationsnod> planerbara = namn.enheter(n -> aktor.tillhor(new EnhetId(n.id()))
                && EgenkontrollAtkomst.farPlanera(aktor, new EnhetId(n.id())));
        model.addAttribute("enhetsval", namn.egnaEnheter(aktor));
        model.addAttribute("vald", vald);
        model.addAttribute("ar", valtAr);
        model.addAttribute("arval", IntStream.rangeClosed(valtAr - 3, valtAr + 2).boxed().toList());
        model.addAttribute("idag", tjanst.idag());
        model.addAttribute("plan", Enhetsplan.av(tjanst.plan(aktor, vald, valtAr), namn.enhetsnamn()));
        model.addAttribute("planerbara", planerbara);
        if (!planerbara.isEmpty()) {
            model.addAttribute("mallar", tjanst.mallar().stream().filter(m -> m.senastPublicerad() != null)
                    .sorted(Comparator.comparing(KontrollmallRad::namn)).toList());
            model.addAttribute("personer", anvandarkatalog.iNagonAv(planerbara.stream()
                    .map(n -> new EnhetId(n.id())).collect(Collectors.toSet())));
        }
        return "egenkontroller/plan";
    }
}
