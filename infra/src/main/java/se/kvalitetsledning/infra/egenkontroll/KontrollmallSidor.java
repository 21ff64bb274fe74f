package se.kvalitetsledning.infra.egenkontroll;

import java.util.Comparator;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.egenkontroll.EgenkontrollAtkomst;
import se.kvalitetsledning.egenkontroll.KontrollmallDetaljer;
import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.egenkontroll.KontrollmallRad;
import se.kvalitetsledning.egenkontroll.Mallversion;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Webbsida;

/**
 * The kontrollmallar with their versions, and one template's published version (the latest unless another is
 * asked for): what its checks ask, under which conditions, and how the result is coloured. Anyone who may answer a
 * check may read what it asks; kvalitetssamordnare and administrators also create templates here.
 */
@Controller
@Webbsida
@RequestMapping("/kontrollmallar")
class KontrollmallSidor {

    private final EgenkontrollTjanst tjanst;

    KontrollmallSidor(EgenkontrollTjanst tjanst) {
        this.tjanst = tjanst;
    }

    @GetMapping
    String lista(@AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        model.addAttribute("mallar", tjanst.mallar().stream()
                .sorted(Comparator.comparing(KontrollmallRad::namn)).toList());
        model.addAttribute("farForvalta", EgenkontrollAtkomst.farForvaltaMallar(anvandare.aktor()));
        return "kontrollmallar/lista";
    }

    @GetMapping("/ny")
    String ny(@AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        model.addAttribute("ny", new MallFormular());
        return nySida(anvandare.aktor(), model);
    }

    /** Creates the template with an empty draft, whose page then takes its questions. */
    @PostMapping
    String skapa(@AuthenticationPrincipal InloggadAnvandare anvandare,
                 @Valid @ModelAttribute("ny") MallFormular ny, BindingResult fel, Model model,
                 RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        if (!fel.hasErrors()) {
            try {
                KontrollmallId id = tjanst.skapaMall(aktor, ny.begaran());
                flash.addFlashAttribute("meddelande", "Kontrollmallen är skapad; lägg till dess frågor");
                return "redirect:/kontrollmallar/" + id + "/utkast";
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel);
            }
        }
        return nySida(aktor, model);
    }

    @GetMapping("/{id}")
    String mall(@PathVariable KontrollmallId id, @RequestParam(required = false) Integer version,
                @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        KontrollmallDetaljer mall = tjanst.mall(id);
        List<Mallversion> versioner = mall.versioner();
        Mallversion vald = version == null ? (versioner.isEmpty() ? null : versioner.get(versioner.size() - 1))
                : versioner.stream().filter(v -> v.nummer() == version).findFirst()
                        .orElseThrow(() -> new KontrollmallSaknas(id));
        model.addAttribute("mall", mall);
        model.addAttribute("v", vald);
        model.addAttribute("farForvalta", EgenkontrollAtkomst.farForvaltaMallar(anvandare.aktor()));
        return "kontrollmallar/mall";
    }

    private static String nySida(Aktor aktor, Model model) {
        EgenkontrollTjanst.kravForvaltaMallar(aktor);
        model.addAttribute("omraden", Kvalitetsomrade.values());
        return "kontrollmallar/ny";
    }
}
