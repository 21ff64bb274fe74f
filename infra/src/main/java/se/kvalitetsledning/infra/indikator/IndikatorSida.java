package se.kvalitetsledning.infra.indikator;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

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

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.indikator.IndikatorAtkomst;
import se.kvalitetsledning.indikator.IndikatorDetaljer;
import se.kvalitetsledning.indikator.IndikatorId;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The page of one indikator: its months with their colours beside the trend, the form that enters or corrects a
 * month's value (one counted by hand), and those that change the target and end it. Each form posts the version the
 * user saw.
 */
@Controller
@Webbsida
@RequestMapping("/indikatorer/{id}")
class IndikatorSida {

    private static final String ANDRAD_AV_ANNAN = "Någon annan har ändrat indikatorn medan du arbetade. "
            + "Sidan visar nu den senaste versionen; gör om din ändring.";

    private final IndikatorTjanst tjanst;
    private final IndikatorHandlaggning handlaggning;
    private final Namnuppslag namn;
    private final Clock clock;

    IndikatorSida(IndikatorTjanst tjanst, IndikatorHandlaggning handlaggning, Namnuppslag namn, Clock clock) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.namn = namn;
        this.clock = clock;
    }

    @GetMapping
    String visa(@PathVariable IndikatorId id, @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        return sida(tjanst.visa(anvandare.aktor(), id), anvandare.aktor(), model);
    }

    @PostMapping("/varden")
    String registrera(@PathVariable IndikatorId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                      @Valid @ModelAttribute("vardet") VardeFormular f, BindingResult fel, Model model,
                      RedirectAttributes flash) {
        f.kontrollera(fel);
        Aktor aktor = anvandare.aktor();
        return utfor(id, aktor, f, fel, model, flash, "Värdet för " + f.getManad() + " är sparat",
                () -> handlaggning.registrera(id, f.getVersion(), aktor, f.manaden(), f.vardet(), f.getKommentar()));
    }

    @PostMapping("/mal")
    String andraMal(@PathVariable IndikatorId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                    @Valid @ModelAttribute("malet") MalFormular f, BindingResult fel, Model model,
                    RedirectAttributes flash) {
        f.kontrollera(fel);
        Aktor aktor = anvandare.aktor();
        return utfor(id, aktor, f, fel, model, flash, "Målet är ändrat",
                () -> handlaggning.andraMal(id, f.getVersion(), aktor, f.malet(), f.gulaBandet(), f.franManad()));
    }

    @PostMapping("/avslut")
    String avsluta(@PathVariable IndikatorId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("avslut") AvslutFormular f, BindingResult fel, Model model,
                   RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return utfor(id, aktor, f, fel, model, flash, "Indikatorn följs inte längre",
                () -> handlaggning.avsluta(id, f.getVersion(), aktor, f.getSkal()));
    }

    /**
     * Sends the command when the form is valid; a refusal is shown at the form on the latest version, and after a
     * conflict the form moves to that version, so sending it again is a deliberate choice.
     */
    private String utfor(IndikatorId id, Aktor aktor, HandlaggningFormular formular, BindingResult fel, Model model,
                         RedirectAttributes flash, String klart, Supplier<Long> kommando) {
        tjanst.krav(aktor, id);
        Formularfel.Utfall utfall = null;
        if (!fel.hasErrors()) {
            try {
                kommando.get();
                flash.addFlashAttribute("meddelande", klart);
                return "redirect:/indikatorer/" + id;
            } catch (RuntimeException e) {
                utfall = Formularfel.visa(e, fel, IndikatorSida::faltForRegel, ANDRAD_AV_ANNAN);
            }
        }
        var senaste = tjanst.visa(aktor, id);
        if (utfall == Formularfel.Utfall.KONFLIKT || formular.getVersion() == null) {
            formular.setVersion(senaste.version());
        }
        model.addAttribute("felformular", fel.getObjectName());
        return sida(senaste, aktor, model);
    }

    /** The aggregate's month rules are about the month of the value form or the first month of the target form. */
    private static String faltForRegel(String meddelande) {
        if (meddelande.startsWith("Målet")) {
            return "fran";
        }
        return meddelande.contains("månad") ? "manad" : null;
    }

    private String sida(IndikatorDetaljer i, Aktor aktor, Model model) {
        YearMonth denna = SvenskTid.manad(clock.instant());
        EnhetId enhet = new EnhetId(i.enhet());
        Indikatorvy vy = Indikatorvy.av(i, denna);
        boolean oppen = i.avslutad() == null;
        model.addAttribute("vy", vy);
        model.addAttribute("i", i);
        model.addAttribute("diagram", List.of(vy.diagram()));
        model.addAttribute("enhetsnamn", namn.enhetsnamn().getOrDefault(i.enhet(), i.enhet()));
        model.addAttribute("farRegistrera", oppen && i.kalla().manuell()
                && IndikatorAtkomst.farRegistrera(aktor, enhet));
        model.addAttribute("farDefiniera", oppen && IndikatorAtkomst.farDefiniera(aktor, enhet));
        model.addAttribute("tidigare", i.varden().stream().filter(v -> !v.tidigare().isEmpty()).toList());
        if (!model.containsAttribute("vardet")) {
            model.addAttribute("vardet", VardeFormular.av(denna, i.version()));
        }
        if (!model.containsAttribute("malet")) {
            model.addAttribute("malet", MalFormular.av(i.galler(denna), denna, i.version()));
        }
        if (!model.containsAttribute("avslut")) {
            model.addAttribute("avslut", AvslutFormular.ny(i.version()));
        }
        return "indikatorer/indikator";
    }
}
