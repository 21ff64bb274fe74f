package se.kvalitetsledning.infra.lexsarah;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.lexsarah.Frist;
import se.kvalitetsledning.lexsarah.Fristtyp;
import se.kvalitetsledning.lexsarah.LexSarahAtkomst;
import se.kvalitetsledning.lexsarah.LexSarahRad;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The "Att göra" list: what each open lex Sarah case needs next from this user, with its deadline. Measures and the
 * start of the investigation fall to the utredare once there is one, before that to the kvalitetssamordnare and
 * ledning; the assessment and the anmälan to ledning.
 */
@Component
public class AttGora {

    /** One thing to do; {@code forfaller} is null where no deadline runs. */
    public record Uppgift(String arende, String enhet, String text, Instant forfaller, boolean forsenad) {
    }

    private final LexSarahTjanst tjanst;
    private final Clock clock;

    AttGora(LexSarahTjanst tjanst, Clock clock) {
        this.tjanst = tjanst;
        this.clock = clock;
    }

    public List<Uppgift> uppgifter(Aktor aktor) {
        if (!LexSarahTjanst.serArenden(aktor)) {
            return List.of();
        }
        Instant nu = clock.instant();
        List<Uppgift> uppgifter = new ArrayList<>();
        for (LexSarahRad rad : tjanst.oppna(aktor)) {
            EnhetId enhet = new EnhetId(rad.enhet());
            boolean leder = LexSarahAtkomst.farLeda(aktor, enhet);
            boolean utreder = rad.utredare() == null ? leder
                    : rad.utredare().anvandarnamn().equals(aktor.anvandare().anvandarnamn());
            boolean bedomer = LexSarahAtkomst.farBedoma(aktor, enhet);
            frist(rad, Fristtyp.OMEDELBARA_ATGARDER).filter(f -> utreder)
                    .ifPresent(f -> uppgifter.add(uppgift(rad, "Registrera omedelbara åtgärder", f, nu)));
            frist(rad, Fristtyp.UTREDNING_PABORJAD).filter(f -> leder)
                    .ifPresent(f -> uppgifter.add(uppgift(rad, "Utse utredare", f, nu)));
            if (utreder && rad.utredare() != null && !rad.utrett()) {
                uppgifter.add(new Uppgift(rad.id(), rad.enhet(), "Dokumentera utredningen", null, false));
            }
            if (bedomer && rad.utrett() && rad.niva() == null) {
                uppgifter.add(new Uppgift(rad.id(), rad.enhet(), "Bedöm ärendet", null, false));
            }
            frist(rad, Fristtyp.ANMALAN_TILL_IVO).filter(f -> bedomer)
                    .ifPresent(f -> uppgifter.add(uppgift(rad, "Anmäl till IVO", f, nu)));
            if (leder && klartForAvslut(rad)) {
                uppgifter.add(new Uppgift(rad.id(), rad.enhet(), "Avsluta ärendet", null, false));
            }
        }
        uppgifter.sort(Comparator.comparing(Uppgift::forfaller, Comparator.nullsLast(Comparator.naturalOrder())));
        return uppgifter;
    }

    private static boolean klartForAvslut(LexSarahRad rad) {
        return rad.utrett() && rad.niva() != null && !rad.saknarOmedelbaraAtgarder()
                && (!rad.niva().kraverAnmalan() || rad.anmalanSkickad() != null);
    }

    private static Optional<Frist> frist(LexSarahRad rad, Fristtyp typ) {
        return rad.lopandeFrister().stream().filter(f -> f.typ() == typ).findFirst();
    }

    private static Uppgift uppgift(LexSarahRad rad, String text, Frist frist, Instant nu) {
        return new Uppgift(rad.id(), rad.enhet(), text, frist.forfaller(), frist.forsenad(nu));
    }
}
