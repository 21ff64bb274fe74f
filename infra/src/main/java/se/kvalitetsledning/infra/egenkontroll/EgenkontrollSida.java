package se.kvalitetsledning.infra.egenkontroll;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
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

import se.kvalitetsledning.egenkontroll.EgenkontrollAtkomst;
import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.egenkontroll.EgenkontrollStatus;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The page of one egenkontroll: starting it, drawing its sample, the sample's items with how far each is answered,
 * completing it, and once performed its result with the brister, the trend and the XLSX download. Each form posts
 * the version the user saw; anyone outside the enhet gets the 403 page.
 */
@Controller
@Webbsida
@RequestMapping("/egenkontroller/{id}")
class EgenkontrollSida {

    private final EgenkontrollTjanst tjanst;
    private final EgenkontrollHandlaggning handlaggning;
    private final Kontrollsteg steg;
    private final Namnuppslag namn;

    EgenkontrollSida(EgenkontrollTjanst tjanst, EgenkontrollHandlaggning handlaggning, Kontrollsteg steg,
                     Namnuppslag namn) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.steg = steg;
        this.namn = namn;
    }

    @GetMapping
    String visa(@PathVariable EgenkontrollId id, @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        return kontrollsida(tjanst.krav(anvandare.aktor(), id), anvandare.aktor(), model);
    }

    /** Starts the check with the template's latest published version, which it then keeps. */
    @PostMapping("/paborjan")
    String paborja(@PathVariable EgenkontrollId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("paborjan") HandlaggningFormular f, BindingResult fel, Model model,
                   RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return steg.utfor(id, aktor, f, fel, model, flash, "Egenkontrollen är påbörjad", "/egenkontroller/" + id,
                () -> handlaggning.paborja(id, f.getVersion(), aktor), k -> kontrollsida(k, aktor, model));
    }

    @PostMapping("/stickprov")
    String draStickprov(@PathVariable EgenkontrollId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                        @Valid @ModelAttribute("stickprov") StickprovFormular f, BindingResult fel, Model model,
                        RedirectAttributes flash) {
        f.kontrollera(fel);
        Aktor aktor = anvandare.aktor();
        return steg.utfor(id, aktor, f, fel, model, flash, "Stickprovet är draget", "/egenkontroller/" + id,
                () -> handlaggning.draStickprov(id, f.getVersion(), aktor, null, f.referenser(),
                        f.getStickprovsstorlek(), null),
                k -> kontrollsida(k, aktor, model));
    }

    /** Completes the check; the domain refuses while a required answer is missing, and the page lists them. */
    @PostMapping("/slutforande")
    String slutfor(@PathVariable EgenkontrollId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("slutforande") HandlaggningFormular f, BindingResult fel, Model model,
                   RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return steg.utfor(id, aktor, f, fel, model, flash, "Egenkontrollen är genomförd", "/egenkontroller/" + id,
                () -> handlaggning.slutfor(id, f.getVersion(), aktor), k -> kontrollsida(k, aktor, model));
    }

    @GetMapping("/resultat.xlsx")
    ResponseEntity<byte[]> resultat(@PathVariable EgenkontrollId id,
                                    @AuthenticationPrincipal InloggadAnvandare anvandare) {
        EgenkontrollDetaljer kontroll = tjanst.krav(anvandare.aktor(), id);
        return Resultatfil.svar(kontroll, namn.enhetsnamn().getOrDefault(kontroll.enhet(), kontroll.enhet()));
    }

    private String kontrollsida(EgenkontrollDetaljer k, Aktor aktor, Model model) {
        boolean farLeda = EgenkontrollAtkomst.farLeda(aktor, new EnhetId(k.enhet()), k.ansvarig());
        boolean pagar = k.status() == EgenkontrollStatus.PAGAR;
        model.addAttribute("vy", Kontrollvy.av(k));
        model.addAttribute("k", k);
        model.addAttribute("enhetsnamn", namn.enhetsnamn().getOrDefault(k.enhet(), k.enhet()));
        model.addAttribute("farPaborja", farLeda && k.status() == EgenkontrollStatus.PLANERAD);
        model.addAttribute("farDra", farLeda && pagar && k.svar().isEmpty());
        model.addAttribute("farSlutfora", farLeda && pagar && k.stickprov() != null);
        for (String formular : new String[] {"paborjan", "slutforande"}) {
            if (!model.containsAttribute(formular)) {
                model.addAttribute(formular, HandlaggningFormular.med(k.version()));
            }
        }
        if (!model.containsAttribute("stickprov")) {
            StickprovFormular stickprov = new StickprovFormular();
            stickprov.setVersion(k.version());
            model.addAttribute("stickprov", stickprov);
        }
        return "egenkontroller/kontroll";
    }
}
