package se.kvalitetsledning.infra.avvikelse;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.AvvikelseStatus;
import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.lexsarah.LexSarahTjanst;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.lexsarah.LexSarahAtkomst;
import se.kvalitetsledning.lexsarah.LexSarahId;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * What the case page shows: the case with names instead of keys and, for those who may handle it, the choices
 * and one form per action, each at the shown version unless a posted form with its errors is already there.
 */
@Component
class ArendeModell {

    static final String VY = "avvikelser/arende";

    private final Namnuppslag namn;
    private final Anvandarkatalog anvandarkatalog;
    private final LexSarahTjanst lexSarah;

    ArendeModell(Namnuppslag namn, Anvandarkatalog anvandarkatalog, LexSarahTjanst lexSarah) {
        this.namn = namn;
        this.anvandarkatalog = anvandarkatalog;
        this.lexSarah = lexSarah;
    }

    String fyll(AvvikelseDetaljer avvikelse, Aktor aktor, Model model) {
        EnhetId enhet = new EnhetId(avvikelse.enhet());
        boolean farHandlagga = aktor.farHandlagga(enhet);
        model.addAttribute("avvikelse", avvikelse);
        model.addAttribute("enhetsnamn", namn.enhetsnamn().getOrDefault(avvikelse.enhet(), avvikelse.enhet()));
        model.addAttribute("kategorinamn", namn.kategorinamn());
        model.addAttribute("farHandlagga", farHandlagga);
        model.addAttribute("avslutad", avvikelse.status() == AvvikelseStatus.AVSLUTAD);
        model.addAttribute("eskalerad", avvikelse.eskaleradTillLexSarah());
        model.addAttribute("lexSarahArende", lexSarahArende(avvikelse, aktor, enhet));
        model.addAttribute("oppnaAtgarder", harOppnaAtgarder(avvikelse));
        if (farHandlagga) {
            valmojligheter(enhet, model);
            formular(avvikelse, model);
        }
        return VY;
    }

    static boolean harOppnaAtgarder(AvvikelseDetaljer avvikelse) {
        return avvikelse.atgarder().stream().anyMatch(KoppladAtgard::oppen);
    }

    /**
     * The lex Sarah case the escalation opened, for one who may open it: who leads the unit's lex Sarah work (even
     * before the case shows on the read side) or its utredare; null for anyone else.
     */
    private String lexSarahArende(AvvikelseDetaljer avvikelse, Aktor aktor, EnhetId enhet) {
        if (!avvikelse.eskaleradTillLexSarah()) {
            return null;
        }
        LexSarahId id = LexSarahId.franAvvikelse(AvvikelseId.av(avvikelse.id()));
        return LexSarahAtkomst.farLeda(aktor, enhet) || lexSarah.hamta(aktor, id).isPresent() ? id.toString() : null;
    }

    private void valmojligheter(EnhetId enhet, Model model) {
        model.addAttribute("handlaggarval", anvandarkatalog.handlaggareFor(enhet));
        model.addAttribute("kategorier", namn.valbaraKategorier());
        model.addAttribute("kvalitetsomraden", Kvalitetsomrade.values());
        model.addAttribute("orsaksomraden", Orsaksomrade.values());
        model.addAttribute("bakomliggandeOrsaker", BakomliggandeOrsak.values());
    }

    private static void formular(AvvikelseDetaljer a, Model model) {
        long version = a.version();
        lagg(model, "tilldelning", () -> TilldelningFormular.av(a));
        lagg(model, "klassificering", () -> KlassificeringFormular.av(a));
        lagg(model, "utredning", () -> UtredningFormular.av(a));
        lagg(model, "eskalering", () -> TextFormular.med(null, version));
        lagg(model, "avskrivning", () -> TextFormular.med(null, version));
        lagg(model, "aterkoppling", () -> TextFormular.med(a.aterkoppling(), version));
        lagg(model, "utebliven", () -> TextFormular.med(a.uteblivenAterkopplingSkal(), version));
        lagg(model, "ateroppning", () -> TextFormular.med(null, version));
        lagg(model, "avslut", () -> TextFormular.med(null, version));
    }

    private static void lagg(Model model, String namn, Supplier<Object> formular) {
        if (!model.containsAttribute(namn)) {
            model.addAttribute(namn, formular.get());
        }
    }
}
