package se.kvalitetsledning.egenkontroll;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * One question of a kontrollmall: its text, how it is answered, the kvalitetsområde it serves, whether it must be
 * answered and, for a conditional one, the {@link Villkor} under which it is asked at all.
 */
public record Fraga(
        @NotNull(message = "Ange frågans id") @Valid FragaId id,
        @NotBlank(message = "Ange frågans text") @Size(max = 500, message = "Högst 500 tecken") String text,
        @NotNull(message = "Ange svarstyp") Svarstyp svarstyp,
        @Valid Villkor villkor,
        @NotNull(message = "Ange kvalitetsområde") Kvalitetsomrade kvalitetsomrade,
        boolean obligatorisk) {
}
