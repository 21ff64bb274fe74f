package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.time.YearMonth;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The check now falls in {@code manad} with {@code ansvarig} responsible (either may be unchanged). */
@Revision("1")
public record EgenkontrollOmplanerad(
        EgenkontrollId id,
        YearMonth manad,
        Anvandare ansvarig,
        Anvandare av,
        Instant tid) {
}
