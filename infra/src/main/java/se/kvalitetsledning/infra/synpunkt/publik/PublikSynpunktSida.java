package se.kvalitetsledning.infra.synpunkt.publik;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.infra.synpunkt.SynpunktEgenskaper;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.Organisationsnod;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/** The public form for synpunkter och klagomål, open to anyone without login, and its receipt. */
@Controller
@Webbsida
@RequestMapping(PublikSynpunktSida.SOKVAG)
class PublikSynpunktSida {

    static final String SOKVAG = "/synpunkter/lamna";

    private final SynpunktMottagning mottagning;
    private final Inlamningsgrans grans;
    private final Referensdata referensdata;
    private final SynpunktEgenskaper servicenivaer;
    private final Validator validator;

    PublikSynpunktSida(SynpunktMottagning mottagning, Inlamningsgrans grans, Referensdata referensdata,
                       SynpunktEgenskaper servicenivaer, Validator validator) {
        this.mottagning = mottagning;
        this.grans = grans;
        this.referensdata = referensdata;
        this.servicenivaer = servicenivaer;
        this.validator = validator;
    }

    @GetMapping
    String ny(Model model) {
        model.addAttribute("synpunkt", new SynpunktFormular());
        return formularsida(model);
    }

    @PostMapping
    String lamna(@ModelAttribute("synpunkt") SynpunktFormular formular, BindingResult fel,
                 HttpServletRequest begaran, HttpServletResponse svar, Model model, RedirectAttributes kvitto) {
        Vantetid vantetid = grans.forsok(begaran.getRemoteAddr());
        if (!vantetid.ingen()) {
            svar.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            svar.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(vantetid.sekunder()));
            model.addAttribute("vantetid", vantetid.iMinuter());
            return formularsida(model);
        }
        NySynpunkt ny = formular.tillNySynpunkt();
        Formularfel.kontrollera(validator, ny, SynpunktFormular.FALT, fel);
        if (!fel.hasErrors()) {
            try {
                kvitto.addFlashAttribute("referens", mottagning.taEmot(ny).referens());
                kvitto.addFlashAttribute("kanBesvaras", ny.kanBesvaras());
                return "redirect:" + SOKVAG + "/kvitto";
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel);
            }
        }
        return formularsida(model);
    }

    /** Shown once, right after sending; a reload or a bookmark leads back to the form. */
    @GetMapping("/kvitto")
    String kvitto(Model model) {
        if (!model.containsAttribute("referens")) {
            return "redirect:" + SOKVAG;
        }
        model.addAttribute("kvittensArbetsdagar", servicenivaer.kvittensArbetsdagar());
        model.addAttribute("svarDagar", servicenivaer.svarDagar());
        return "publik/kvitto";
    }

    private String formularsida(Model model) {
        model.addAttribute("typer", Synpunktstyp.values());
        model.addAttribute("verksamheter", enheterPerVerksamhet());
        return "publik/lamna";
    }

    /** Verksamhetsområde name → its enheter by name, for {@code <optgroup>}. */
    private Map<String, List<Organisationsnod>> enheterPerVerksamhet() {
        List<Organisationsnod> organisation = referensdata.organisation();
        Map<String, String> omraden = organisation.stream()
                .filter(n -> n.niva() == Organisationsnod.Niva.VERKSAMHETSOMRADE)
                .collect(Collectors.toMap(Organisationsnod::id, Organisationsnod::namn, (a, b) -> a));
        return organisation.stream()
                .filter(n -> n.niva() == Organisationsnod.Niva.ENHET)
                .sorted(Comparator.comparing((Organisationsnod n) -> omraden.getOrDefault(n.overordnad(), "Övrigt"))
                        .thenComparing(Organisationsnod::namn))
                .collect(Collectors.groupingBy(n -> omraden.getOrDefault(n.overordnad(), "Övrigt"),
                        LinkedHashMap::new, Collectors.toList()));
    }
}
