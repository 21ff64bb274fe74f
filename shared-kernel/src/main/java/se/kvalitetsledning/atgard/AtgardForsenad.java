package se.kvalitetsledning.atgard;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The due date passed with the åtgärd still open; recorded once per due date, when the reminder goes out. */
@Revision("1")
public record AtgardForsenad(
        AtgardId id,
        LocalDate forfallodatum,
        Instant tid) {
}
