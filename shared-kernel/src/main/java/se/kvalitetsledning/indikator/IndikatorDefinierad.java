package se.kvalitetsledning.indikator;

import java.time.Instant;
import java.time.YearMonth;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.organisation.EnhetId;

/** An enhet got a goal, followed from {@code fran} on. */
@Revision("1")
public record IndikatorDefinierad(
        IndikatorId id,
        EnhetId enhet,
        String namn,
        String enhetsbeteckning,
        Indikatorkalla kalla,
        Malvarde malvarde,
        YearMonth fran,
        Anvandare av,
        Instant tid) {
}
