package se.kvalitetsledning.infra.synpunkt;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.synpunkt.SynpunktFrist;
import se.kvalitetsledning.synpunkt.SynpunktFristtyp;
import se.kvalitetsledning.synpunkt.SynpunktRad;

/**
 * What the actor has to do in the synpunkter they handle: the next step of each, with its deadline where one runs.
 * Once a handler is named, the steps are theirs; before that, everyone who handles the enhet sees them.
 */
@Component
public class SynpunktAttGora {

    /** One thing to do; {@code forfaller} is null where no deadline runs, {@code enhet} null while not known. */
    public record Uppgift(String synpunkt, String referens, String enhet, String text, Instant forfaller,
                          boolean forsenad) {
    }

    private final SynpunktTjanst tjanst;
    private final Clock clock;

    SynpunktAttGora(SynpunktTjanst tjanst, Clock clock) {
        this.tjanst = tjanst;
        this.clock = clock;
    }

    public List<Uppgift> uppgifter(Aktor aktor) {
        if (!SynpunktTjanst.serSynpunkter(aktor)) {
            return List.of();
        }
        Instant nu = clock.instant();
        List<Uppgift> uppgifter = new ArrayList<>();
        for (SynpunktRad rad : tjanst.lista(aktor, SynpunktTjanst.Urval.OPPNA)) {
            boolean min = rad.handlaggare() == null
                    || rad.handlaggare().anvandarnamn().equals(aktor.anvandare().anvandarnamn());
            frist(rad, SynpunktFristtyp.HANDLAGGARE)
                    .ifPresent(f -> uppgifter.add(uppgift(rad, "Utse handläggare", f, nu)));
            if (!min) {
                continue;
            }
            frist(rad, SynpunktFristtyp.KVITTENS)
                    .ifPresent(f -> uppgifter.add(uppgift(rad, "Kvittera till avsändaren", f, nu)));
            if (rad.handlaggare() != null && !rad.utredd()) {
                uppgifter.add(new Uppgift(rad.id(), rad.referens(), rad.enhet(), "Utred synpunkten", null, false));
            }
            frist(rad, SynpunktFristtyp.SVAR)
                    .ifPresent(f -> uppgifter.add(uppgift(rad, "Besvara avsändaren", f, nu)));
            if (rad.klarForAvslut()) {
                uppgifter.add(new Uppgift(rad.id(), rad.referens(), rad.enhet(), "Avsluta synpunkten", null, false));
            }
        }
        uppgifter.sort(Comparator.comparing(Uppgift::forfaller, Comparator.nullsLast(Comparator.naturalOrder())));
        return uppgifter;
    }

    private static Optional<SynpunktFrist> frist(SynpunktRad rad, SynpunktFristtyp typ) {
        return rad.lopandeFrister().stream().filter(f -> f.typ() == typ).findFirst();
    }

    private static Uppgift uppgift(SynpunktRad rad, String text, SynpunktFrist frist, Instant nu) {
        return new Uppgift(rad.id(), rad.referens(), rad.enhet(), text, frist.forfaller(), frist.forsenad(nu));
    }
}
