package se.kvalitetsledning.infra.atgard;

import java.util.Locale;
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

import se.kvalitetsledning.atgard.AtgardAtkomst;
import se.kvalitetsledning.atgard.AtgardDetaljer;
import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * One åtgärd's page and its forms. Each form posts the version the user saw; a refusal re-renders the page with the
 * message at that form, a success redirects back with a confirmation. A form posted by one the action is not for
 * gets the 403 page.
 */
@Controller
@Webbsida
@RequestMapping("/atgarder/{id}")
class AtgardSida {

    private static final String ANDRAD_AV_ANNAN = "Någon annan har ändrat åtgärden medan du arbetade. "
            + "Sidan visar nu den senaste versionen; gör om din ändring.";

    /** Who an action is for: those who lead the åtgärd, or also its owner. */
    private enum Kravs { LEDNING, ARBETE }

    private final AtgardTjanst tjanst;
    private final AtgardHandlaggning handlaggning;
    private final AtgardModell modell;

    AtgardSida(AtgardTjanst tjanst, AtgardHandlaggning handlaggning, AtgardModell modell) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.modell = modell;
    }

    @GetMapping
    String visa(@PathVariable AtgardId id, @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        return modell.fyll(tjanst.krav(anvandare.aktor(), id), anvandare.aktor(), model);
    }

    @PostMapping("/besluta")
    String besluta(@PathVariable AtgardId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("beslut") HandlaggningFormular f, BindingResult fel,
                   Model model, RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return utfor(new Handling(id, aktor, Kravs.LEDNING, "beslut", f, fel, "Åtgärden är beslutad"), model, flash,
                () -> handlaggning.besluta(id, f.getVersion(), aktor));
    }

    @PostMapping("/paborja")
    String paborja(@PathVariable AtgardId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("paborjan") HandlaggningFormular f, BindingResult fel,
                   Model model, RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return utfor(new Handling(id, aktor, Kravs.ARBETE, "paborjan", f, fel, "Åtgärden är påbörjad"), model, flash,
                () -> handlaggning.paborja(id, f.getVersion(), aktor));
    }

    @PostMapping("/genomfor")
    String genomfor(@PathVariable AtgardId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                    @Valid @ModelAttribute("genomforande") TextFormular f, BindingResult fel,
                    Model model, RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        f.hogst(fel, 4000);
        return utfor(new Handling(id, aktor, Kravs.ARBETE, "genomforande", f, fel, "Åtgärden är genomförd"), model,
                flash, () -> handlaggning.genomfor(id, f.getVersion(), aktor, f.getText()));
    }

    @PostMapping("/utvardera")
    String utvardera(@PathVariable AtgardId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                     @Valid @ModelAttribute("effekt") EffektFormular f, BindingResult fel,
                     Model model, RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return utfor(new Handling(id, aktor, Kravs.ARBETE, "effekt", f, fel, "Effekten är utvärderad"), model, flash,
                () -> handlaggning.utvardera(id, f.getVersion(), aktor, f.getUtfall(), f.getEvidens()));
    }

    @PostMapping("/avskriv")
    String avskriv(@PathVariable AtgardId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                   @Valid @ModelAttribute("avskrivning") TextFormular f, BindingResult fel,
                   Model model, RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        f.kravs(fel, "Skriv varför åtgärden skrivs av", 2000);
        return utfor(new Handling(id, aktor, Kravs.LEDNING, "avskrivning", f, fel, "Åtgärden är avskriven"), model,
                flash, () -> handlaggning.avskriv(id, f.getVersion(), aktor, f.getText()));
    }

    @PostMapping("/flytta")
    String flytta(@PathVariable AtgardId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                  @Valid @ModelAttribute("flytt") FlyttFormular f, BindingResult fel,
                  Model model, RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return utfor(new Handling(id, aktor, Kravs.ARBETE, "flytt", f, fel, "Förfallodatumet är flyttat"), model,
                flash, () -> handlaggning.flytta(id, f.getVersion(), aktor, f.getTill(), f.getSkal()));
    }

    @PostMapping("/koppla")
    String koppla(@PathVariable AtgardId id, @AuthenticationPrincipal InloggadAnvandare anvandare,
                  @Valid @ModelAttribute("koppling") KallaFormular f, BindingResult fel,
                  Model model, RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        return utfor(new Handling(id, aktor, Kravs.LEDNING, "koppling", f, fel, "Åtgärden är kopplad till ärendet"),
                model, flash, () -> handlaggning.laggTillKalla(id, f.getVersion(), aktor, f.tillHanvisning()));
    }

    /**
     * Sends the command when the form is valid and the action is the user's. A refusal is shown at the form on the
     * latest version of the åtgärd; after a conflict the form moves to that version, so sending it again is a
     * deliberate choice.
     */
    private String utfor(Handling handling, Model model, RedirectAttributes flash, Supplier<Long> kommando) {
        AtgardDetaljer atgard = tjanst.krav(handling.aktor(), handling.id());
        kontrollera(handling, atgard);
        Formularfel.Utfall utfall = null;
        if (!handling.fel().hasErrors()) {
            try {
                kommando.get();
                flash.addFlashAttribute("meddelande", handling.klart());
                return "redirect:/atgarder/" + handling.id();
            } catch (RuntimeException e) {
                utfall = Formularfel.visa(e, handling.fel(), AtgardSida::faltForRegel, ANDRAD_AV_ANNAN);
            }
        }
        AtgardDetaljer senaste = tjanst.krav(handling.aktor(), handling.id());
        if (utfall == Formularfel.Utfall.KONFLIKT || handling.formular().getVersion() == null) {
            handling.formular().setVersion(senaste.version());
        }
        model.addAttribute("felformular", handling.namn());
        return modell.fyll(senaste, handling.aktor(), model);
    }

    private static void kontrollera(Handling handling, AtgardDetaljer atgard) {
        var enheter = atgard.enheter().stream().map(EnhetId::new).toList();
        boolean far = handling.kravs() == Kravs.LEDNING ? AtgardAtkomst.farLeda(handling.aktor(), enheter)
                : AtgardAtkomst.farArbeta(handling.aktor(), atgard.agare(), enheter);
        if (!far) {
            throw new BehorighetSaknas(handling.kravs() == Kravs.LEDNING
                    ? "Bara den som handlägger eller leder åtgärdens alla enheter får göra detta"
                    : "Bara åtgärdens ägare och den som leder den får göra detta");
        }
    }

    /** The field of the posted form a rule's message is about; a field the form lacks puts it at the top. */
    private static String faltForRegel(String meddelande) {
        String text = meddelande == null ? "" : meddelande.toLowerCase(Locale.ROOT);
        return text.contains("förfallodatum") ? "till" : null;
    }

    /** One posted form: which åtgärd, who, whom it is for, its model name, its input and errors, the receipt. */
    private record Handling(AtgardId id, Aktor aktor, Kravs kravs, String namn, HandlaggningFormular formular,
                            BindingResult fel, String klart) {
    }
}
