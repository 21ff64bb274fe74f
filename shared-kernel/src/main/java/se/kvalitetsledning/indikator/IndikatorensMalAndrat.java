package se.kvalitetsledning.indikator;

import java.time.Instant;
import java.time.YearMonth;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The target that holds from {@code fran} on. */
@Revision("1")
public record IndikatorensMalAndrat(
        IndikatorId id,
        Malvarde malvarde,
        YearMonth fran,
        Anvandare av,
        Instant tid) {
}
