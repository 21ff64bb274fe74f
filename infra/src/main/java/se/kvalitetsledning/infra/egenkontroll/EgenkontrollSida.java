package se.kvalitetsledning.infra.egenkontroll;

import java.util.Set;

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
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The page of one egenkontroll: moving or cancelling it while it is open, starting it, drawing its sample, the
 * sample's items with how far each is answered, completing it, and once performed its result with the brister, the
 * trend and the XLSX download. Each form posts the version the user saw; anyone outside the enhet gets the 403 page.
 */
@Controller
@Webbsida
@RequestMapping("/egenkontroller/{id}")
class EgenkontrollSida {

    private final EgenkontrollTjanst tjanst;
    private final EgenkontrollHandlaggning handlaggning;
    private final Kontrollsteg steg;
    private final Namnuppslag namn;
    private final Anvandarkatalog anvandarkatalog;

    EgenkontrollSida(EgenkontrollTjanst tjanst, EgenkontrollHandlaggning handlaggning, Kontrollsteg steg,
                     Namnuppslag namn, Anvandarkatalog anvandarkatalog) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.steg = steg;
        this.namn = namn;
        this.anvandarkatalog = anvandarkatalog;
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

    /** Moves the check to another month or responsible person; the same again records nothing. */
    @PostMapping("/omplanering")
    String planeraOm(@PathVariable EgenkontrollId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                     @Valid @ModelAttribute("omplanering") OmplaneringFormular f, BindingResult fel, Model model,
                     RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return steg.utfor(id, aktor, f, fel, model, flash, "Egenkontrollen är omplanerad", "/egenkontroller/" + id,
                () -> handlaggning.planeraOm(id, f.getVersion(), aktor, f.getManad(), f.getAnsvarig()),
                k -> kontrollsida(k, aktor, model));
    }

    @PostMapping("/installning")
    String stallIn(@PathVariable EgenkontrollId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("installning") TextFormular f, BindingResult fel, Model model,
                   RedirectAttributes flash) {
        f.kravs(fel, "Ange skälet", 2000);
        Aktor aktor = anvandare.aktor();
        return steg.utfor(id, aktor, f, fel, model, flash, "Egenkontrollen är inställd", "/egenkontroller/" + id,
                () -> handlaggning.stallIn(id, f.getVersion(), aktor, f.getText()), k -> kontrollsida(k, aktor, model));
    }

    @GetMapping("/resultat.xlsx")
    ResponseEntity<byte[]> resultat(@PathVariable EgenkontrollId id,
                                    @AuthenticationPrincipal InloggadAnvandare anvandare) {
        EgenkontrollDetaljer kontroll = tjanst.krav(anvandare.aktor(), id);
        return Resultatfil.svar(kontroll, namn.enhetsnamn().getOrDefault(kontroll.enhet(), kontroll.enhet()));
    }

    private String kontrollsida(EgenkontrollDetaljer k, Aktor aktor, Model model) {
        EnhetId enhet = new EnhetId(k.enhet());
        boolean farLeda = EgenkontrollAtkomst.farLeda(aktor, enhet, k.ansvarig());
        boolean pagar = k.status() == EgenkontrollStatus.PAGAR;
        boolean oppen = pagar || k.status() == EgenkontrollStatus.PLANERAD;
        model.addAttribute("vy", Kontrollvy.av(k));
        model.addAttribute("k", k);
        model.addAttribute("enhetsnamn", namn.enhetsnamn().getOrDefault(k.enhet(), k.enhet()));
        model.addAttribute("farPaborja", farLeda && k.status() == EgenkontrollStatus.PLANERAD);
        model.addAttribute("farDra", farLeda && pagar && k.svar().isEmpty());
        model.addAttribute("farSlutfora", farLeda && pagar && k.stickprov() != null);
        model.addAttribute("farAndraPlanen", oppen && EgenkontrollAtkomst.farPlanera(aktor, enhet));
        model.addAttribute("personer", anvandarkatalog.iNagonAv(Set.of(enhet)));
        formularen(k, model);
        return "egenkontroller/kontroll";
    }

    /** Each form on the version shown, unless it comes back with the user's input and errors. */
    private static void formularen(EgenkontrollDetaljer k, Model model) {
        for (String formular : new String[] {"paborjan", "slutforande"}) {
            if (!model.containsAttribute(formular)) {
                model.addAttribute(formular, HandlaggningFormular.med(k.version()));
            }
        }
        if (!model.containsAttribute("omplanering")) {
            model.addAttribute("omplanering", OmplaneringFormular.av(k));
        }
        if (!model.containsAttribute("installning")) {
            model.addAttribute("installning", TextFormular.med(null, k.version()));
        }
        if (!model.containsAttribute("stickprov")) {
            StickprovFormular stickprov = new StickprovFormular();
            stickprov.setVersion(k.version());
            model.addAttribute("stickprov", stickprov);
        }
    }
}
