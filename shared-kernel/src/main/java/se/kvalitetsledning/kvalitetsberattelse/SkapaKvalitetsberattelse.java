package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;

/** Creates the draft kvalitetsberättelse of a year and a scope with its first generated numbers. */
public record SkapaKvalitetsberattelse(
        @TargetAggregateIdentifier @NotNull KvalitetsberattelseId id,
        @Min(value = 2000, message = "Ange ett år mellan 2000 och 2100")
        @Max(value = 2100, message = "Ange ett år mellan 2000 och 2100") int ar,
        @NotNull(message = "Ange omfattning") @Valid Omfang omfang,
        @NotNull Innehall innehall,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
