package se.kvalitetsledning.infra.sammanstallning;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Webbsida;

/**
 * The kvalitetsråd's monthly summary in the browser: a month (the last whole one unless chosen) and a scope, the
 * charts with their tables beside them, and the same as PDF and XLSX. A scope is chosen as {@code niva:id}.
 */
@Controller
@Webbsida
@RequestMapping("/kvalitetsrad")
class KvalitetsradSidor {

    private final ManadssammanstallningTjanst tjanst;
    private final Clock klocka;

    KvalitetsradSidor(ManadssammanstallningTjanst tjanst, Clock klocka) {
        this.tjanst = tjanst;
        this.klocka = klocka;
    }

    @GetMapping({"", "/manad"})
    String manad(@AuthenticationPrincipal InloggadAnvandare anvandare,
                 @RequestParam(required = false) String manad,
                 @RequestParam(required = false) String omfattning, Model model) {
        Aktor aktor = anvandare.aktor();
        Map<String, String> fel = new LinkedHashMap<>();
        YearMonth vald = YearMonth.now(klocka).minusMonths(1);
        if (StringUtils.hasText(manad)) {
            try {
                vald = YearMonth.parse(manad.strip());
            } catch (DateTimeParseException e) {
                fel.put("manad", "Ange månaden som år och månad, t.ex. " + vald);
            }
        }
        Omfattning valdOmfattning;
        try {
            valdOmfattning = omfattning(aktor, omfattning);
        } catch (OgiltigIndata e) {
            fel.put("omfattning", e.getMessage());
            valdOmfattning = omfattning(aktor, null);
        }
        var sammanstallning = tjanst.bygg(vald, valdOmfattning);
        model.addAttribute("s", sammanstallning);
        model.addAttribute("avsnitt", Sammanstallningsvy.avsnitt(sammanstallning));
        model.addAttribute("diagram", Diagramdata.av(sammanstallning));
        model.addAttribute("omfattningar", tjanst.valbaraOmfattningar(aktor));
        model.addAttribute("valdOmfattning", valdOmfattning.val());
        model.addAttribute("manad", fel.containsKey("manad") ? manad : vald.toString());
        model.addAttribute("fel", fel);
        model.addAttribute("parametrar", parametrar(sammanstallning));
        return "kvalitetsrad/manad";
    }

    /** The whole organisation for none; a handläggare, who may see only an enhet, gets their first enhet. */
    private Omfattning omfattning(Aktor aktor, String varde) {
        if (!StringUtils.hasText(varde)) {
            var valbara = tjanst.valbaraOmfattningar(aktor);
            var forsta = valbara.isEmpty() ? null : valbara.get(0);
            return forsta == null || forsta.hela() ? tjanst.omfattning(aktor, null, null, null)
                    : tjanst.omfattning(aktor, null, null, forsta.id());
        }
        String[] delar = varde.split(":", 2);
        String id = delar.length == 2 ? delar[1] : "";
        return switch (delar[0]) {
            case "forvaltning" -> tjanst.omfattning(aktor, id, null, null);
            case "verksamhetsomrade" -> tjanst.omfattning(aktor, null, id, null);
            case "enhet" -> tjanst.omfattning(aktor, null, null, id);
            default -> throw new OgiltigIndata("omfattning", "Välj omfattning i listan");
        };
    }

    /** The query string of the API's PDF and XLSX for the same month and scope. */
    private static String parametrar(Manadssammanstallning s) {
        var omfattning = s.omfattning();
        var manad = "manad=" + s.manad();
        return omfattning.hela() ? manad
                : manad + "&" + omfattning.niva().name().toLowerCase(Locale.ROOT) + "=" + omfattning.id();
    }
}
