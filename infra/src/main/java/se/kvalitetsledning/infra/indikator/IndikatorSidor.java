package se.kvalitetsledning.infra.indikator;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

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
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.indikator.IndikatorAtkomst;
import se.kvalitetsledning.indikator.IndikatorDetaljer;
import se.kvalitetsledning.indikator.IndikatorId;
import se.kvalitetsledning.indikator.Indikatorkalla;
import se.kvalitetsledning.indikator.Riktning;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;

/**
 * An enhet's indikatorer in the browser: each with its last 12 months as a table beside a trend chart; and the form
 * that defines a new one, for admins and the enhet's kvalitetssamordnare.
 */
@Controller
@Webbsida
@RequestMapping("/indikatorer")
class IndikatorSidor {

    private final IndikatorTjanst tjanst;
    private final Namnuppslag namn;
    private final Clock clock;

    IndikatorSidor(IndikatorTjanst tjanst, Namnuppslag namn, Clock clock) {
        this.tjanst = tjanst;
        this.namn = namn;
        this.clock = clock;
    }

    /** Without a chosen enhet, the first of the user's that has indikatorer. */
    @GetMapping
    String lista(@AuthenticationPrincipal InloggadAnvandare anvandare,
                 @RequestParam(required = false) String enhet, Model model) {
        Aktor aktor = anvandare.aktor();
        List<Organisationsnod> enhetsval = enhetsval(aktor);
        String vald = StringUtils.hasText(enhet) ? enhet : null;
        if (vald == null) {
            vald = tjanst.lista(aktor, null).stream().map(IndikatorDetaljer::enhet).findFirst()
                    .orElse(enhetsval.isEmpty() ? null : enhetsval.get(0).id());
        }
        List<IndikatorDetaljer> indikatorer = vald == null ? List.of() : tjanst.lista(aktor, Set.of(vald));
        YearMonth denna = SvenskTid.manad(clock.instant());
        List<Indikatorvy> vyer = indikatorer.stream().map(i -> Indikatorvy.av(i, denna)).toList();
        model.addAttribute("enhetsval", enhetsval);
        model.addAttribute("vald", vald);
        model.addAttribute("enhetsnamn", vald == null ? "" : namn.enhetsnamn().getOrDefault(vald, vald));
        model.addAttribute("vyer", vyer);
        model.addAttribute("diagram", vyer.stream().map(Indikatorvy::diagram).toList());
        model.addAttribute("farDefiniera", vald != null && IndikatorAtkomst.farDefiniera(aktor, new EnhetId(vald)));
        return "indikatorer/lista";
    }

    @GetMapping("/ny")
    String ny(@AuthenticationPrincipal InloggadAnvandare anvandare,
              @RequestParam(required = false) String enhet, Model model) {
        model.addAttribute("indikator", IndikatorFormular.ny(enhet, SvenskTid.manad(clock.instant())));
        return nySida(anvandare.aktor(), model);
    }

    @PostMapping("/ny")
    String definiera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                     @Valid @ModelAttribute("indikator") IndikatorFormular f, BindingResult fel, Model model,
                     RedirectAttributes flash) {
        f.kontrollera(fel);
        Aktor aktor = anvandare.aktor();
        if (!fel.hasErrors()) {
            try {
                IndikatorId id = tjanst.definiera(aktor, f.uppgifter());
                flash.addFlashAttribute("meddelande", "Indikatorn är skapad");
                return "redirect:/indikatorer/" + id;
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel);
            }
        }
        return nySida(aktor, model);
    }

    private String nySida(Aktor aktor, Model model) {
        List<Organisationsnod> enheter = namn.enheter(n -> IndikatorAtkomst.farDefiniera(aktor, new EnhetId(n.id())));
        if (enheter.isEmpty()) {
            throw new BehorighetSaknas("Indikatorer definieras av admin och enhetens kvalitetssamordnare");
        }
        model.addAttribute("enheter", enheter);
        model.addAttribute("riktningar", Riktning.values());
        model.addAttribute("kallor", Indikatorkalla.values());
        return "indikatorer/ny";
    }

    private List<Organisationsnod> enhetsval(Aktor aktor) {
        return aktor.har(Roll.ADMIN) ? namn.enheter(n -> true) : namn.egnaEnheter(aktor);
    }
}
