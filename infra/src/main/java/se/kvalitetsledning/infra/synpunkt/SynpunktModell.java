package se.kvalitetsledning.infra.synpunkt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.TextFormular;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;
import se.kvalitetsledning.synpunkt.Eskaleringsmal;
import se.kvalitetsledning.synpunkt.SynpunktAtkomst;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer;

/**
 * What the synpunkt page shows: the synpunkt with names instead of keys, the steps that apply now, and one form per
 * step, each at the shown version unless a posted form with its errors is already there.
 */
@Component
class SynpunktModell {

    /** How an acknowledgement or an answer reaches the sender. */
    static final List<String> SATT = List.of("E-post", "Brev", "Telefon", "Möte");
    private static final String VY = "synpunkter/synpunkt";

    private final Namnuppslag namn;
    private final Anvandarkatalog anvandarkatalog;
    private final Clock clock;

    SynpunktModell(Namnuppslag namn, Anvandarkatalog anvandarkatalog, Clock clock) {
        this.namn = namn;
        this.anvandarkatalog = anvandarkatalog;
        this.clock = clock;
    }

    String fyll(SynpunktDetaljer s, Aktor aktor, Model model) {
        boolean oppen = s.oppen();
        model.addAttribute("s", s);
        model.addAttribute("enhetsnamn", s.enhet() == null ? null
                : namn.enhetsnamn().getOrDefault(s.enhet(), s.enhet()));
        model.addAttribute("kategorinamn", namn.kategorinamn());
        Instant nu = clock.instant();
        model.addAttribute("nu", nu);
        model.addAttribute("forsenad", s.frister().stream().anyMatch(f -> f.forsenad(nu)));
        model.addAttribute("oppen", oppen);
        model.addAttribute("kvittera", oppen && s.kanBesvaras() && s.kvittens() == null);
        model.addAttribute("besvara", oppen && s.kanBesvaras() && s.svar() == null);
        model.addAttribute("eskaleringsmal", Arrays.stream(Eskaleringsmal.values())
                .filter(m -> !s.eskaleradTill(m)).toList());
        model.addAttribute("oppnaAtgarder", harOppnaAtgarder(s));
        if (oppen) {
            model.addAttribute("handlaggarval", handlaggarval(s, aktor));
            model.addAttribute("kategorier", namn.valbaraKategorier());
            model.addAttribute("kvalitetsomraden", Kvalitetsomrade.values());
            model.addAttribute("orsaksomraden", Orsaksomrade.values());
            model.addAttribute("satt", SATT);
        }
        formular(s, LocalDate.now(clock.withZone(SvenskTid.ZON)), model);
        return VY;
    }

    static boolean harOppnaAtgarder(SynpunktDetaljer synpunkt) {
        return synpunkt.atgarder().stream().anyMatch(KoppladAtgard::oppen);
    }

    /** The enhet's handlers; while the enhet is not known, those of every enhet the actor handles, by enhet. */
    private List<Handlaggarval> handlaggarval(SynpunktDetaljer s, Aktor aktor) {
        List<Organisationsnod> enheter = namn.enheter(n -> s.enhet() == null
                ? SynpunktAtkomst.farHandlagga(aktor, new EnhetId(n.id())) : n.id().equals(s.enhet()));
        return enheter.stream().map(e -> new Handlaggarval(e.namn(),
                anvandarkatalog.utredareFor(new EnhetId(e.id())).stream()
                        .map(a -> new Handlaggarval.Val(TilldelningFormular.val(e.id(), a.anvandarnamn()), a.namn()))
                        .toList())).toList();
    }

    private static void formular(SynpunktDetaljer s, LocalDate idag, Model model) {
        long version = s.version();
        lagg(model, "kvittens", () -> TextFormular.med(null, version));
        lagg(model, "tilldelning", () -> TilldelningFormular.vid(version));
        lagg(model, "utredning", () -> SynpunktUtredningFormular.av(s));
        lagg(model, "svar", () -> SvarFormular.av(version, idag));
        lagg(model, "vidarebefordran", () -> VidarebefordranFormular.vid(version));
        lagg(model, "eskalering", () -> EskaleringFormular.vid(version));
        lagg(model, "avslut", () -> TextFormular.med(null, version));
    }

    private static void lagg(Model model, String namn, Supplier<Object> formular) {
        if (!model.containsAttribute(namn)) {
            model.addAttribute(namn, formular.get());
        }
    }
}
