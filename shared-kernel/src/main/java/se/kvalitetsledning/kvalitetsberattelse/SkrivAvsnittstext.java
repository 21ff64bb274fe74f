package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Replaces the narrative of one section; an empty text clears it. */
public record SkrivAvsnittstext(
        @TargetAggregateIdentifier @NotNull KvalitetsberattelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull(message = "Ange avsnitt") Avsnitt avsnitt,
        @NotNull(message = "Ange text") @Size(max = 20000, message = "Högst 20000 tecken") String text,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
