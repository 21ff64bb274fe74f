package se.kvalitetsledning.infra.egenkontroll;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.egenkontroll.KontrollmallDetaljer;
import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.egenkontroll.Mallgranskning;
import se.kvalitetsledning.egenkontroll.Mallinnehall;
import se.kvalitetsledning.egenkontroll.Svarsalternativ;
import se.kvalitetsledning.egenkontroll.Svarstyp;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.Webbsida;

/**
 * A kontrollmall's draft for kvalitetssamordnare and administrators: edited whole, saved as often as needed (it may be
 * incomplete), and published as the next version once nothing keeps it from that. Anyone else gets the 403 page.
 */
@Controller
@Webbsida
@RequestMapping("/kontrollmallar/{id}")
class KontrollmallutkastSida {

    private static final String ANDRAD_AV_ANNAN = "Någon annan har ändrat kontrollmallen medan du arbetade. "
            + "Sidan visar nu den senaste versionen; gör om din ändring.";

    private final EgenkontrollTjanst tjanst;
    private final EgenkontrollHandlaggning handlaggning;

    KontrollmallutkastSida(EgenkontrollTjanst tjanst, EgenkontrollHandlaggning handlaggning) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
    }

    @GetMapping("/utkast")
    String visa(@PathVariable KontrollmallId id, @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        EgenkontrollTjanst.kravForvaltaMallar(anvandare.aktor());
        return utkastsida(tjanst.mall(id), model);
    }

    @PostMapping("/utkast")
    String spara(@PathVariable KontrollmallId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                 @Valid @ModelAttribute("utkast") UtkastFormular f, BindingResult fel, Model model,
                 RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        EgenkontrollTjanst.kravForvaltaMallar(aktor);
        Mallinnehall innehall = fel.hasErrors() ? null : f.innehall(fel);
        return utfor(id, f, fel, model, flash, "Utkastet är sparat", "/kontrollmallar/" + id + "/utkast",
                () -> handlaggning.andraUtkast(id, f.getVersion(), aktor, innehall));
    }

    @PostMapping("/publicering")
    String publicera(@PathVariable KontrollmallId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                     @Valid @ModelAttribute("publicering") HandlaggningFormular f, BindingResult fel, Model model,
                     RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        EgenkontrollTjanst.kravForvaltaMallar(aktor);
        return utfor(id, f, fel, model, flash, "Kontrollmallen är publicerad", "/kontrollmallar/" + id,
                () -> handlaggning.publicera(id, f.getVersion(), aktor));
    }

    private String utfor(KontrollmallId id, HandlaggningFormular formular, BindingResult fel, Model model,
                         RedirectAttributes flash, String klart, String tillbaka, Runnable kommando) {
        Formularfel.Utfall utfall = null;
        if (!fel.hasErrors()) {
            try {
                kommando.run();
                flash.addFlashAttribute("meddelande", klart);
                return "redirect:" + tillbaka;
            } catch (RuntimeException e) {
                utfall = Formularfel.visa(e, fel, meddelande -> null, ANDRAD_AV_ANNAN);
            }
        }
        KontrollmallDetaljer senaste = tjanst.mall(id);
        if (utfall == Formularfel.Utfall.KONFLIKT || formular.getVersion() == null) {
            formular.setVersion(senaste.version());
        }
        model.addAttribute("felformular", fel.getObjectName());
        return utkastsida(senaste, model);
    }

    private String utkastsida(KontrollmallDetaljer mall, Model model) {
        model.addAttribute("mall", mall);
        model.addAttribute("hinder", Mallgranskning.fel(mall.utkast()));
        model.addAttribute("svarstyper", Svarstyp.values());
        model.addAttribute("villkorssvar", List.of(Svarsalternativ.JA, Svarsalternativ.NEJ));
        model.addAttribute("omraden", Kvalitetsomrade.values());
        if (!model.containsAttribute("utkast")) {
            model.addAttribute("utkast", UtkastFormular.av(mall.utkast(), mall.version()));
        }
        if (!model.containsAttribute("publicering")) {
            model.addAttribute("publicering", HandlaggningFormular.med(mall.version()));
        }
        return "kontrollmallar/utkast";
    }
}
