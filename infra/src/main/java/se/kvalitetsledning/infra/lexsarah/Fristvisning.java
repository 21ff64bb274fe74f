package se.kvalitetsledning.infra.lexsarah;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.lexsarah.Frist;
import se.kvalitetsledning.lexsarah.Fristregler;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer;
import se.kvalitetsledning.lexsarah.LexSarahRad;

/** Deadlines as the pages tell them, the last day and whether it has passed: {@code ${@frister.forsenad(f)}}. */
@Component("frister")
public class Fristvisning {

    private final Clock clock;

    Fristvisning(Clock clock) {
        this.clock = clock;
    }

    /** The day a deadline falling due at {@code forfaller} runs out; null when none runs. */
    public LocalDate sistaDag(Instant forfaller) {
        return forfaller == null ? null : Fristregler.sistaDag(forfaller);
    }

    public boolean forsenad(Frist frist) {
        return frist.forsenad(clock.instant());
    }

    /** Whether any of the case's running deadlines has passed. */
    public boolean forsenad(LexSarahRad rad) {
        return rad.forsenad(clock.instant());
    }

    /** Whether any of the case's running deadlines has passed. */
    public boolean forsenad(LexSarahDetaljer arende) {
        return arende.frister().stream().anyMatch(this::forsenad);
    }
}
