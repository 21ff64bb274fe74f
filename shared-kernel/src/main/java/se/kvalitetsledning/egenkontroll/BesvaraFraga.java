package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/**
 * Answers one question for one sample item, or changes the answer. Several people answer at once: the expected
 * version only conflicts with changes to the same item and question since then.
 */
public record BesvaraFraga(
        @TargetAggregateIdentifier @NotNull EgenkontrollId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotBlank(message = "Ange posten i stickprovet") String post,
        @NotNull(message = "Ange frågan") FragaId fraga,
        @NotNull(message = "Ange svaret") @Valid Svar svar,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
