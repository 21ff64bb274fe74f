package se.kvalitetsledning.infra.kvalitetsrad;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.atgard.Atgardstyp;
import se.kvalitetsledning.atgard.Prioritet;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.sammanstallning.ManadssammanstallningTjanst;
import se.kvalitetsledning.infra.sammanstallning.Omfattning;
import se.kvalitetsledning.infra.sammanstallning.Sammanstallningsvy;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Formularsteg;
import se.kvalitetsledning.infra.webb.Formularsteg.Klart;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.kvalitetsrad.BeslutId;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteId;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;

/**
 * The kvalitetsråd's meetings in the browser: the list with a form to plan one, and a meeting's page where its
 * summary is frozen, points noted, decisions made (an åtgärd with one) and the minutes justerade.
 */
@Controller
@Webbsida
@RequestMapping("/kvalitetsrad/moten")
class KvalitetsradsmoteSidor {

    private static final String ANDRAD_AV_ANNAN = "Någon annan har ändrat mötet medan du arbetade. "
            + "Sidan visar nu den senaste versionen; gör om din ändring.";

    private final KvalitetsradsmoteTjanst tjanst;
    private final KvalitetsradsmoteHandlaggning handlaggning;
    private final ManadssammanstallningTjanst sammanstallningar;
    private final Anvandarkatalog anvandare;
    private final Namnuppslag namn;
    private final Clock klocka;
    private final Formularsteg<KvalitetsradsmoteDetaljer> steg =
            new Formularsteg<>(ANDRAD_AV_ANNAN, meddelande -> null, KvalitetsradsmoteDetaljer::version);

    KvalitetsradsmoteSidor(KvalitetsradsmoteTjanst tjanst, KvalitetsradsmoteHandlaggning handlaggning,
                           ManadssammanstallningTjanst sammanstallningar, Anvandarkatalog anvandare,
                           Namnuppslag namn, Clock klocka) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.sammanstallningar = sammanstallningar;
        this.anvandare = anvandare;
        this.namn = namn;
        this.klocka = klocka;
    }

    @GetMapping
    String lista(@AuthenticationPrincipal InloggadAnvandare inloggad, Model model) {
        if (!model.containsAttribute("mote")) {
            var ny = new MotesFormular();
            ny.setDatum(LocalDate.now(klocka));
            ny.setManad(YearMonth.now(klocka).minusMonths(1).toString());
            ny.setDeltagare(inloggad.aktor().anvandare().namn());
            model.addAttribute("mote", ny);
        }
        return listsida(inloggad.aktor(), model);
    }

    @PostMapping
    String planera(@AuthenticationPrincipal InloggadAnvandare inloggad,
                   @Valid @ModelAttribute("mote") MotesFormular f, BindingResult fel, Model model) {
        Aktor aktor = inloggad.aktor();
        tjanst.lista(aktor);
        if (!fel.hasErrors()) {
            try {
                String[] val = StringUtils.hasText(f.getOmfattning()) ? f.getOmfattning().split(":", 2)
                        : new String[0];
                String niva = val.length == 2 ? val[0] : "";
                String id = val.length == 2 ? val[1] : null;
                var nytt = new KvalitetsradsmoteTjanst.NyttMote(null, f.getDatum(), YearMonth.parse(f.getManad()),
                        niva.equals("forvaltning") ? id : null, niva.equals("verksamhetsomrade") ? id : null,
                        niva.equals("enhet") ? id : null, MotesFormular.rader(f.getDeltagare()));
                return "redirect:/kvalitetsrad/moten/" + tjanst.planera(aktor, nytt);
            } catch (DateTimeParseException e) {
                fel.rejectValue("manad", "format", "Ange månaden som år och månad, t.ex. 2026-03");
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel, meddelande -> null, ANDRAD_AV_ANNAN);
            }
        }
        model.addAttribute("felformular", "mote");
        return listsida(aktor, model);
    }

    @GetMapping("/{id}")
    String visa(@PathVariable KvalitetsradsmoteId id, @AuthenticationPrincipal InloggadAnvandare inloggad,
                Model model) {
        return motessida(tjanst.krav(inloggad.aktor(), id), inloggad.aktor(), model);
    }

    @PostMapping("/{id}/deltagare")
    String deltagare(@PathVariable KvalitetsradsmoteId id, @AuthenticationPrincipal InloggadAnvandare inloggad,
                     @Valid @ModelAttribute("deltagare") DeltagarFormular f, BindingResult fel, Model model,
                     RedirectAttributes flash) {
        Aktor aktor = inloggad.aktor();
        return steg.utfor(sida(id, aktor, model), f, fel, model, flash, klart(id, "Deltagarna är sparade"),
                () -> handlaggning.andraDeltagare(id, f.getVersion(), aktor, MotesFormular.rader(f.getDeltagare())));
    }

    @PostMapping("/{id}/underlag")
    String frys(@PathVariable KvalitetsradsmoteId id, @AuthenticationPrincipal InloggadAnvandare inloggad,
                @Valid @ModelAttribute("frysning") HandlaggningFormular f, BindingResult fel, Model model,
                RedirectAttributes flash) {
        Aktor aktor = inloggad.aktor();
        return steg.utfor(sida(id, aktor, model), f, fel, model, flash, klart(id, "Underlaget är fryst"),
                () -> handlaggning.frysUnderlag(id, f.getVersion(), aktor));
    }

    @PostMapping("/{id}/punkter")
    String anteckna(@PathVariable KvalitetsradsmoteId id, @AuthenticationPrincipal InloggadAnvandare inloggad,
                    @Valid @ModelAttribute("punkt") PunktFormular f, BindingResult fel, Model model,
                    RedirectAttributes flash) {
        Aktor aktor = inloggad.aktor();
        return steg.utfor(sida(id, aktor, model), f, fel, model, flash, klart(id, "Punkten är antecknad"),
                () -> handlaggning.anteckna(id, f.getVersion(), aktor, f.getNummer(), f.getRubrik(),
                        f.getAnteckning()));
    }

    @PostMapping("/{id}/beslut")
    String besluta(@PathVariable KvalitetsradsmoteId id, @AuthenticationPrincipal InloggadAnvandare inloggad,
                   @Valid @ModelAttribute("beslut") BeslutFormular f, BindingResult fel, Model model,
                   RedirectAttributes flash) {
        f.kontrollera(fel);
        Aktor aktor = inloggad.aktor();
        return steg.utfor(sida(id, aktor, model), f, fel, model, flash,
                klart(id, f.isMedAtgard() ? "Beslutet är fattat och åtgärden finns i förbättringsarbetet"
                        : "Beslutet är fattat"),
                () -> handlaggning.fattaBeslut(id, f.getVersion(), aktor, BeslutId.av(f.getBeslut()), f.getText(),
                        f.atgard()));
    }

    @PostMapping("/{id}/justering")
    String justera(@PathVariable KvalitetsradsmoteId id, @AuthenticationPrincipal InloggadAnvandare inloggad,
                   @Valid @ModelAttribute("justering") HandlaggningFormular f, BindingResult fel, Model model,
                   RedirectAttributes flash) {
        Aktor aktor = inloggad.aktor();
        return steg.utfor(sida(id, aktor, model), f, fel, model, flash, klart(id, "Protokollet är justerat"),
                () -> handlaggning.justera(id, f.getVersion(), aktor));
    }

    private Formularsteg.Sida<KvalitetsradsmoteDetaljer> sida(KvalitetsradsmoteId id, Aktor aktor, Model model) {
        return Formularsteg.Sida.av(() -> tjanst.krav(aktor, id), m -> motessida(m, aktor, model));
    }

    private static Klart klart(KvalitetsradsmoteId id, String meddelande) {
        return new Klart(meddelande, "/kvalitetsrad/moten/" + id);
    }

    private String listsida(Aktor aktor, Model model) {
        model.addAttribute("moten", tjanst.lista(aktor));
        model.addAttribute("omfattningar", sammanstallningar.valbaraOmfattningar(aktor));
        return "kvalitetsrad/moten";
    }

    private String motessida(KvalitetsradsmoteDetaljer m, Aktor aktor, Model model) {
        model.addAttribute("m", m);
        model.addAttribute("avsnitt", tjanst.underlag(m).map(Sammanstallningsvy::avsnitt).orElse(List.of()));
        Omfattning omfattning = tjanst.omfattning(aktor, m);
        List<Organisationsnod> enheter = namn.enheter(n -> omfattning.enheter().contains(n.id()));
        model.addAttribute("enheter", enheter);
        model.addAttribute("agare", anvandare.iNagonAv(enheter.stream().map(n -> new EnhetId(n.id()))
                .collect(Collectors.toSet())).stream()
                .sorted(Comparator.comparing(Anvandare::namn)).toList());
        model.addAttribute("typer", Atgardstyp.values());
        model.addAttribute("prioriteter", Prioritet.values());
        long version = m.version();
        int nasta = m.punkter().stream().mapToInt(KvalitetsradsmoteDetaljer.Punkt::nummer).max().orElse(0) + 1;
        model.addAttribute("nastaPunkt", nasta);
        if (!model.containsAttribute("punkt")) {
            model.addAttribute("punkt", PunktFormular.ny(nasta, version));
        }
        if (!model.containsAttribute("beslut")) {
            model.addAttribute("beslut", BeslutFormular.nytt(version));
        }
        if (!model.containsAttribute("deltagare")) {
            model.addAttribute("deltagare", DeltagarFormular.av(m.deltagare(), version));
        }
        for (String formular : Set.of("frysning", "justering")) {
            if (!model.containsAttribute(formular)) {
                model.addAttribute(formular, HandlaggningFormular.med(version));
            }
        }
        return "kvalitetsrad/mote";
    }
}
