package se.kvalitetsledning.infra.lexsarah;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.lexsarah.Handelsetyp;
import se.kvalitetsledning.lexsarah.Informationsstatus;
import se.kvalitetsledning.lexsarah.LexSarahAtkomst;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer;
import se.kvalitetsledning.lexsarah.Polisanmalan;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * What the case page shows: the case with names instead of keys, what the user's role allows (LexSarahAtkomst), the
 * view log for a kvalitetssamordnare, and one form per action, each at the shown version unless a posted form with
 * its errors is already there.
 */
@Component
class LexSarahArendeModell {

    private static final String VY = "lexsarah/arende";

    private final LexSarahTjanst tjanst;
    private final Namnuppslag namn;
    private final Anvandarkatalog anvandarkatalog;
    private final Clock clock;

    LexSarahArendeModell(LexSarahTjanst tjanst, Namnuppslag namn, Anvandarkatalog anvandarkatalog, Clock clock) {
        this.tjanst = tjanst;
        this.namn = namn;
        this.anvandarkatalog = anvandarkatalog;
        this.clock = clock;
    }

    String fyll(LexSarahDetaljer arende, Aktor aktor, Model model) {
        EnhetId enhet = new EnhetId(arende.enhet());
        boolean oppet = !arende.avslutat();
        boolean farLeda = LexSarahAtkomst.farLeda(aktor, enhet);
        model.addAttribute("arende", arende);
        model.addAttribute("enhetsnamn", namn.enhetsnamn().getOrDefault(arende.enhet(), arende.enhet()));
        model.addAttribute("leda", farLeda && oppet);
        model.addAttribute("utreda", LexSarahAtkomst.farUtreda(aktor, enhet, arende.utredare()) && oppet);
        // diarienummer and supplements may come from IVO after the case is closed
        model.addAttribute("bedoma", LexSarahAtkomst.farBedoma(aktor, enhet));
        model.addAttribute("visningar", tjanst.visningar(aktor, arende).orElse(null));
        model.addAttribute("oppnaAtgarder", harOppnaAtgarder(arende));
        if (farLeda) {
            model.addAttribute("utredarval", anvandarkatalog.utredareFor(enhet));
        }
        valmojligheter(model);
        formular(arende, LocalDate.now(clock.withZone(SvenskTid.ZON)), model);
        return VY;
    }

    static boolean harOppnaAtgarder(LexSarahDetaljer arende) {
        return arende.atgarder().stream().anyMatch(KoppladAtgard::oppen);
    }

    private static void valmojligheter(Model model) {
        model.addAttribute("handelsetyper", Handelsetyp.values());
        model.addAttribute("orsaksomraden", Orsaksomrade.values());
        model.addAttribute("bakomliggandeOrsaker", BakomliggandeOrsak.values());
        model.addAttribute("informationsstatusar", Informationsstatus.values());
        model.addAttribute("polisanmalningar", Polisanmalan.values());
        model.addAttribute("nivaer", Bedomningsniva.values());
    }

    private static void formular(LexSarahDetaljer a, LocalDate idag, Model model) {
        long version = a.version();
        lagg(model, "omedelbara", () -> TextFormular.med(null, version));
        lagg(model, "ejBehovliga", () -> TextFormular.med(null, version));
        lagg(model, "tilldelning", () -> UtredareFormular.av(a));
        lagg(model, "utredning", () -> LexSarahUtredningFormular.av(a));
        lagg(model, "bedomning", () -> BedomningFormular.av(a));
        lagg(model, "anmalan", () -> AnmalanFormular.av(version, idag));
        lagg(model, "diarienummer", () -> TextFormular.med(null, version));
        lagg(model, "komplettering", () -> KompletteringFormular.av(version, idag));
        lagg(model, "avslut", () -> TextFormular.med(null, version));
    }

    private static void lagg(Model model, String namn, Supplier<Object> formular) {
        if (!model.containsAttribute(namn)) {
            model.addAttribute(namn, formular.get());
        }
    }
}
