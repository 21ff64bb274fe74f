package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.time.YearMonth;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.organisation.EnhetId;

/** A check of {@code enhet} with kontrollmall {@code mall} was planned for {@code manad}, with who is responsible. */
@Revision("1")
public record EgenkontrollPlanerad(
        EgenkontrollId id,
        KontrollmallId mall,
        EnhetId enhet,
        YearMonth manad,
        Anvandare ansvarig,
        Anvandare av,
        Instant tid) {
}
