package se.kvalitetsledning.lexsarah;

import java.time.Instant;

/**
 * Asks for the running deadlines that fell due at or before {@code nu} and have had no reminder; answered with a
 * list of {@link PasseradFrist}.
 */
public record ListaPasseradeFrister(Instant nu) {
}
