package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record KvalitetsradsmotePlanerat(
        KvalitetsradsmoteId id,
        LocalDate datum,
        YearMonth manad,
        Motesomfattning omfattning,
        List<String> deltagare,
        Anvandare av,
        Instant tid) {
}
