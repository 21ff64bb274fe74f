package se.kvalitetsledning.atgard;

import java.time.LocalDate;

/**
 * Asks for the open åtgärder whose due date passed before {@code idag} without a reminder for that date; answered with
 * a list of {@link AtgardId}.
 */
public record ListaForsenadeAtgarder(LocalDate idag) {
}
