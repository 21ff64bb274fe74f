package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Formularsteg;
import se.kvalitetsledning.infra.webb.Formularsteg.Klart;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.kvalitetsberattelse.Avsnitt;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseId;

/**
 * Kvalitetsberättelser in the browser: the list with a form to draft one, and a berättelse's page where its
 * narrative is written section by section, tables commented, numbers regenerated, the draft fastställd and a
 * fastställd one corrected in a new edition; earlier editions are read there as they were fastställda.
 */
@Controller
@Webbsida
@RequestMapping("/kvalitetsberattelser")
class KvalitetsberattelseSidor {

    private static final String ANDRAD_AV_ANNAN = "Någon annan har ändrat kvalitetsberättelsen medan du arbetade. "
            + "Sidan visar nu den senaste versionen; gör om din ändring.";

    private final KvalitetsberattelseTjanst tjanst;
    private final Kvalitetsberattelsesida sida;
    private final Referensdata referensdata;
    private final Clock klocka;
    private final Formularsteg<KvalitetsberattelseDetaljer> steg =
            new Formularsteg<>(ANDRAD_AV_ANNAN, meddelande -> null, KvalitetsberattelseDetaljer::version);

    KvalitetsberattelseSidor(KvalitetsberattelseTjanst tjanst, Kvalitetsberattelsesida sida,
                             Referensdata referensdata, Clock klocka) {
        this.tjanst = tjanst;
        this.sida = sida;
        this.referensdata = referensdata;
        this.klocka = klocka;
    }

    @GetMapping
    String lista(@AuthenticationPrincipal InloggadAnvandare inloggad, Model model) {
        if (!model.containsAttribute("ny")) {
            NyBerattelseFormular ny = new NyBerattelseFormular();
            ny.setAr(Year.now(klocka).getValue() - 1);
            model.addAttribute("ny", ny);
        }
        return listsida(inloggad.aktor(), model);
    }

    @PostMapping
    String skapa(@AuthenticationPrincipal InloggadAnvandare inloggad,
                 @Valid @ModelAttribute("ny") NyBerattelseFormular f, BindingResult fel, Model model) {
        Aktor aktor = inloggad.aktor();
        List<Omfangsval> valen = Omfangsval.alla(referensdata.organisation());
        var valt = Omfangsval.valt(valen, f.getOmfattning());
        if (!fel.hasFieldErrors("omfattning") && valt.isEmpty()) {
            fel.rejectValue("omfattning", "okand", "Välj förvaltning eller verksamhetsområde i listan");
        }
        if (!fel.hasErrors() && finns(aktor, KvalitetsberattelseId.forAr(f.getAr(), valt.get().omfang()))) {
            fel.rejectValue("ar", "finns", "Det finns redan en kvalitetsberättelse för året och omfattningen");
        }
        if (!fel.hasErrors()) {
            try {
                return "redirect:/kvalitetsberattelser/" + tjanst.skapa(aktor, f.getAr(), valt.get().omfang());
            } catch (OgiltigIndata e) {
                fel.rejectValue(e.falt().startsWith("omfang") ? "omfattning" : "ar", "avvisad", e.getMessage());
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel, meddelande -> null, ANDRAD_AV_ANNAN);
            }
        }
        model.addAttribute("felformular", "ny");
        return listsida(aktor, model);
    }

    /** The current edition, or with {@code utgava} an earlier one as it was fastställd, read only. */
    @GetMapping("/{id}")
    String visa(@PathVariable KvalitetsberattelseId id, @RequestParam(required = false) Integer utgava,
                @AuthenticationPrincipal InloggadAnvandare inloggad, Model model) {
        Aktor aktor = inloggad.aktor();
        KvalitetsberattelseDetaljer aktuell = tjanst.krav(aktor, id);
        if (utgava == null || utgava == aktuell.utgava()) {
            return sida.visa(aktuell, aktor, model);
        }
        return sida.tidigare(tjanst.utgava(aktor, id, utgava), aktuell, model);
    }

    @PostMapping("/{id}/avsnitt/{avsnitt}")
    String skrivText(@PathVariable KvalitetsberattelseId id, @PathVariable Avsnitt avsnitt,
                     @AuthenticationPrincipal InloggadAnvandare inloggad,
                     @Valid @ModelAttribute("avsnittstext") AvsnittFormular f, BindingResult fel, Model model,
                     RedirectAttributes flash) {
        Aktor aktor = inloggad.aktor();
        f.setAvsnitt(avsnitt);
        String text = f.getText() == null ? "" : f.getText();
        return steg.utfor(sidan(id, aktor, model), f, fel, model, flash,
                klart(id, "Texten om " + avsnitt.rubrik().toLowerCase() + " är sparad", "avsnitt-" + avsnitt),
                () -> tjanst.skrivText(aktor, id, f.getVersion(), avsnitt, text));
    }

    @PostMapping("/{id}/kommentarer/{tabell}")
    String kommentera(@PathVariable KvalitetsberattelseId id, @PathVariable String tabell,
                      @AuthenticationPrincipal InloggadAnvandare inloggad,
                      @Valid @ModelAttribute("kommentar") KommentarFormular f, BindingResult fel, Model model,
                      RedirectAttributes flash) {
        Aktor aktor = inloggad.aktor();
        f.setTabell(tabell);
        String kommentar = f.getKommentar() == null ? "" : f.getKommentar();
        return steg.utfor(sidan(id, aktor, model), f, fel, model, flash,
                klart(id, "Kommentaren är sparad", "tabell-" + tabell),
                () -> tjanst.kommentera(aktor, id, f.getVersion(), tabell, kommentar));
    }

    @PostMapping("/{id}/omgenerering")
    String genereraOm(@PathVariable KvalitetsberattelseId id, @AuthenticationPrincipal InloggadAnvandare inloggad,
                      @Valid @ModelAttribute("omgenerering") HandlaggningFormular f, BindingResult fel, Model model,
                      RedirectAttributes flash) {
        Aktor aktor = inloggad.aktor();
        return steg.utfor(sidan(id, aktor, model), f, fel, model, flash,
                klart(id, "Siffrorna är genererade på nytt; texterna och kommentarerna finns kvar", null),
                () -> tjanst.genereraOm(aktor, id, f.getVersion()));
    }

    @PostMapping("/{id}/faststallande")
    String faststall(@PathVariable KvalitetsberattelseId id, @AuthenticationPrincipal InloggadAnvandare inloggad,
                     @Valid @ModelAttribute("faststallande") HandlaggningFormular f, BindingResult fel, Model model,
                     RedirectAttributes flash) {
        Aktor aktor = inloggad.aktor();
        return steg.utfor(sidan(id, aktor, model), f, fel, model, flash,
                klart(id, "Kvalitetsberättelsen är fastställd", null),
                () -> tjanst.faststall(aktor, id, f.getVersion()));
    }

    @PostMapping("/{id}/utgavor")
    String nyUtgava(@PathVariable KvalitetsberattelseId id, @AuthenticationPrincipal InloggadAnvandare inloggad,
                    @Valid @ModelAttribute("utgava") TextFormular f, BindingResult fel, Model model,
                    RedirectAttributes flash) {
        f.kravs(fel, "Ange varför en ny utgåva behövs", 2000);
        Aktor aktor = inloggad.aktor();
        return steg.utfor(sidan(id, aktor, model), f, fel, model, flash,
                klart(id, "En ny utgåva är påbörjad som utkast", null),
                () -> tjanst.nyUtgava(aktor, id, f.getVersion(), f.getText()));
    }

    private Formularsteg.Sida<KvalitetsberattelseDetaljer> sidan(KvalitetsberattelseId id, Aktor aktor,
                                                                Model model) {
        return Formularsteg.Sida.av(() -> tjanst.krav(aktor, id), b -> sida.visa(b, aktor, model));
    }

    private static Klart klart(KvalitetsberattelseId id, String meddelande, String ankare) {
        return new Klart(meddelande, "/kvalitetsberattelser/" + id + (ankare == null ? "" : "#" + ankare));
    }

    private boolean finns(Aktor aktor, KvalitetsberattelseId id) {
        return tjanst.lista(aktor).stream().anyMatch(r -> r.id().equals(id.toString()));
    }

    private String listsida(Aktor aktor, Model model) {
        List<Omfangsval> valen = Omfangsval.alla(referensdata.organisation());
        Map<String, String> namn = valen.stream()
                .collect(Collectors.toMap(v -> v.omfang().id(), Omfangsval::namn, (a, b) -> a));
        model.addAttribute("berattelser", tjanst.lista(aktor));
        model.addAttribute("omfangsnamn", namn);
        model.addAttribute("omfattningar", valen);
        return "kvalitetsberattelse/lista";
    }
}
