package se.kvalitetsledning.synpunkt;

import java.time.Instant;

/**
 * Asks for the synpunkter's running deadlines that fell due at or before {@code nu} and have had no reminder;
 * answered with a list of {@link PasseradSynpunktsfrist}.
 */
public record ListaPasseradeSynpunktsfrister(Instant nu) {
}
