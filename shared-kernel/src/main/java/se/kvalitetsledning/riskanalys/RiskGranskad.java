package se.kvalitetsledning.riskanalys;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * A fastställd analysis's risk was reviewed: its assessment now, a comment, and either the next review date or
 * ({@code hanterad}) that it is no longer followed. What was fastställt stays as it was.
 */
@Revision("1")
public record RiskGranskad(
        RiskanalysId id,
        RiskId risk,
        Riskbedomning bedomning,
        @PersonligUppgift String kommentar,
        LocalDate nastaGranskning,
        boolean hanterad,
        Anvandare av,
        Instant tid) {
}
