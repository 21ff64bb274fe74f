package se.kvalitetsledning.egenkontroll;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A question is asked of an item only when an earlier Ja / Nej question got this answer for that item. */
public record Villkor(
        @NotNull(message = "Ange frågan villkoret gäller") @Valid FragaId fraga,
        @NotNull(message = "Ange svaret villkoret kräver") Svarsalternativ svar) {
}
