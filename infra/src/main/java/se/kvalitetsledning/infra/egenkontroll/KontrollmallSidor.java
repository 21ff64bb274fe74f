package se.kvalitetsledning.infra.egenkontroll;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kvalitetsledning.egenkontroll.KontrollmallDetaljer;
import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.egenkontroll.KontrollmallRad;
import se.kvalitetsledning.egenkontroll.Mallversion;
import se.kvalitetsledning.infra.webb.Webbsida;

/**
 * The kontrollmallar with their versions, and one template's published version (the latest unless another is
 * asked for): what its checks ask, under which conditions, and how the result is coloured. Anyone who may answer a
 * check may read what it asks.
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
    String lista(Model model) {
        model.addAttribute("mallar", tjanst.mallar().stream()
                .sorted(Comparator.comparing(KontrollmallRad::namn)).toList());
        return "kontrollmallar/lista";
    }

    @GetMapping("/{id}")
    String mall(@PathVariable KontrollmallId id, @RequestParam(required = false) Integer version, Model model) {
        KontrollmallDetaljer mall = tjanst.mall(id);
        List<Mallversion> versioner = mall.versioner();
        Mallversion vald = version == null ? (versioner.isEmpty() ? null : versioner.get(versioner.size() - 1))
                : versioner.stream().filter(v -> v.nummer() == version).findFirst()
                        .orElseThrow(() -> new KontrollmallSaknas(id));
        model.addAttribute("mall", mall);
        model.addAttribute("v", vald);
        return "kontrollmallar/mall";
    }
}
