package se.kvalitetsledning.lexsarah;

import jakarta.validation.constraints.NotBlank;

/** The names IVO's form asks for, as they stood when the anmälan was made. */
public record Verksamhetsuppgifter(@NotBlank String forvaltning, @NotBlank String verksamhetsomrade,
                                   @NotBlank String enhet) {
}
