package se.kvalitetsledning.infra.riskanalys;

import java.util.function.Function;

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

import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularsteg;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.riskanalys.RiskId;
import se.kvalitetsledning.riskanalys.RiskanalysAtkomst;
import se.kvalitetsledning.riskanalys.RiskanalysDetaljer;
import se.kvalitetsledning.riskanalys.RiskanalysId;

/**
 * The page of one riskanalys with its risks, the form that adds one and fastställande; and the page of one risk, to
 * change or remove it before fastställande and to review it after. Each form posts the version the user saw.
 */
@Controller
@Webbsida
@RequestMapping("/riskanalyser/{id}")
class RiskanalysSida {

    private static final String ANDRAD_AV_ANNAN = "Någon annan har ändrat riskanalysen medan du arbetade. "
            + "Sidan visar nu den senaste versionen; gör om din ändring.";
    private static final Kalltyp[] KALLTYPER = {Kalltyp.AVVIKELSE, Kalltyp.LEX_SARAH, Kalltyp.SYNPUNKT,
            Kalltyp.EGENKONTROLL};

    private final RiskanalysTjanst tjanst;
    private final RiskanalysHandlaggning handlaggning;
    private final Namnuppslag namn;
    private final Formularsteg<RiskanalysDetaljer> steg =
            new Formularsteg<>(ANDRAD_AV_ANNAN, meddelande -> null, RiskanalysDetaljer::version);

    RiskanalysSida(RiskanalysTjanst tjanst, RiskanalysHandlaggning handlaggning, Namnuppslag namn) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.namn = namn;
    }

    @GetMapping
    String visa(@PathVariable RiskanalysId id, @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        return analyssida(tjanst.krav(anvandare.aktor(), id), anvandare.aktor(), model);
    }

    @PostMapping("/risker")
    String laggTill(@PathVariable RiskanalysId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                    @Valid @ModelAttribute("risk") RiskFormular f, BindingResult fel, Model model,
                    RedirectAttributes flash) {
        f.kontrollera(fel);
        Aktor aktor = anvandare.aktor();
        return utfor(id, aktor, f, fel, model, flash, "Risken är tillagd", "/riskanalyser/" + id,
                () -> handlaggning.laggTillRisk(id, RiskId.nytt(), f.getVersion(), aktor, f.uppgifter()),
                a -> analyssida(a, aktor, model));
    }

    @PostMapping("/faststallande")
    String faststall(@PathVariable RiskanalysId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                     @Valid @ModelAttribute("faststallande") HandlaggningFormular f, BindingResult fel,
                     Model model, RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return utfor(id, aktor, f, fel, model, flash, "Riskanalysen är fastställd", "/riskanalyser/" + id,
                () -> handlaggning.faststall(id, f.getVersion(), aktor), a -> analyssida(a, aktor, model));
    }

    @GetMapping("/risker/{risk}")
    String risk(@PathVariable RiskanalysId id, @PathVariable RiskId risk,
                @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        return risksida(tjanst.krav(anvandare.aktor(), id), risk, anvandare.aktor(), model);
    }

    @PostMapping("/risker/{risk}")
    String andra(@PathVariable RiskanalysId id, @PathVariable RiskId risk,
                 @AuthenticationPrincipal InloggadAnvandare anvandare,
                 @Valid @ModelAttribute("risk") RiskFormular f, BindingResult fel, Model model,
                 RedirectAttributes flash) {
        f.kontrollera(fel);
        Aktor aktor = anvandare.aktor();
        return utfor(id, aktor, f, fel, model, flash, "Risken är ändrad", "/riskanalyser/" + id,
                () -> handlaggning.andraRisk(id, risk, f.getVersion(), aktor, f.uppgifter()),
                a -> risksida(a, risk, aktor, model));
    }

    @PostMapping("/risker/{risk}/borttagning")
    String taBort(@PathVariable RiskanalysId id, @PathVariable RiskId risk,
                  @AuthenticationPrincipal InloggadAnvandare anvandare,
                  @Valid @ModelAttribute("borttagning") HandlaggningFormular f, BindingResult fel, Model model,
                  RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return utfor(id, aktor, f, fel, model, flash, "Risken är borttagen", "/riskanalyser/" + id,
                () -> handlaggning.taBortRisk(id, risk, f.getVersion(), aktor), a -> risksida(a, risk, aktor, model));
    }

    @PostMapping("/risker/{risk}/granskning")
    String granska(@PathVariable RiskanalysId id, @PathVariable RiskId risk,
                   @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("granskning") GranskningFormular f, BindingResult fel, Model model,
                   RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return utfor(id, aktor, f, fel, model, flash, "Granskningen är sparad", "/riskanalyser/" + id,
                () -> handlaggning.granska(id, risk, f.getVersion(), aktor, f.bedomning(), f.getKommentar(),
                        f.getNastaGranskning(), f.isHanterad()),
                a -> risksida(a, risk, aktor, model));
    }

    private String utfor(RiskanalysId id, Aktor aktor, HandlaggningFormular formular, BindingResult fel, Model model,
                         RedirectAttributes flash, String klart, String tillbaka, Runnable kommando,
                         Function<RiskanalysDetaljer, String> sida) {
        return steg.utfor(Formularsteg.Sida.av(() -> tjanst.krav(aktor, id), sida), formular, fel, model, flash,
                new Formularsteg.Klart(klart, tillbaka), kommando);
    }

    private String analyssida(RiskanalysDetaljer a, Aktor aktor, Model model) {
        EnhetId enhet = new EnhetId(a.enhet());
        model.addAttribute("a", a);
        model.addAttribute("enhetsnamn", namn.enhetsnamn().getOrDefault(a.enhet(), a.enhet()));
        model.addAttribute("idag", tjanst.idag());
        model.addAttribute("farArbeta", !a.faststalld() && RiskanalysAtkomst.farArbeta(aktor, enhet, a.team()));
        model.addAttribute("farFaststalla", !a.faststalld() && !a.risker().isEmpty()
                && RiskanalysAtkomst.farFaststalla(aktor, enhet));
        model.addAttribute("kalltyper", KALLTYPER);
        if (!model.containsAttribute("risk")) {
            model.addAttribute("risk", nyRisk(a.version()));
        }
        if (!model.containsAttribute("faststallande")) {
            model.addAttribute("faststallande", HandlaggningFormular.med(a.version()));
        }
        return "riskanalyser/analys";
    }

    private String risksida(RiskanalysDetaljer a, RiskId riskId, Aktor aktor, Model model) {
        var risk = a.risk(riskId.toString());
        if (risk == null) {
            throw new RiskanalysSaknas(RiskanalysId.av(a.id()));
        }
        EnhetId enhet = new EnhetId(a.enhet());
        model.addAttribute("a", a);
        model.addAttribute("r", risk);
        model.addAttribute("enhetsnamn", namn.enhetsnamn().getOrDefault(a.enhet(), a.enhet()));
        model.addAttribute("farArbeta", !a.faststalld() && RiskanalysAtkomst.farArbeta(aktor, enhet, a.team()));
        model.addAttribute("farGranska", a.faststalld() && !risk.hanterad()
                && RiskanalysAtkomst.farLeda(aktor, enhet));
        model.addAttribute("kalltyper", KALLTYPER);
        model.addAttribute("idag", tjanst.idag());
        if (!model.containsAttribute("risk")) {
            model.addAttribute("risk", RiskFormular.av(risk, a.version()));
        }
        if (!model.containsAttribute("borttagning")) {
            model.addAttribute("borttagning", HandlaggningFormular.med(a.version()));
        }
        if (!model.containsAttribute("granskning")) {
            model.addAttribute("granskning", GranskningFormular.av(risk.aktuell(), a.version()));
        }
        return "riskanalyser/risk";
    }

    private static RiskFormular nyRisk(long version) {
        RiskFormular f = new RiskFormular();
        f.setVersion(version);
        return f;
    }
}
