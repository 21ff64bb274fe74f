package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * Sets the sample of a started check. The population is either its size ({@code populationsstorlek}; the items are
 * then positions 1…N in the performer's own list) or a list of opaque references ({@code population}, e.g. file
 * numbers, never personnummer). Without {@code stickprovsstorlek} the whole population is taken; with it, that many
 * are drawn at random with the seed {@code fro}, which the sender chooses so the draw is reproducible.
 */
public record DraStickprov(
        @TargetAggregateIdentifier @NotNull EgenkontrollId id,
        @TargetAggregateVersion Long forvantadVersion,
        @Min(value = 1, message = "Populationen ska ha 1–1 000 000 poster")
        @Max(value = 1_000_000, message = "Populationen ska ha 1–1 000 000 poster") Integer populationsstorlek,
        @PersonligUppgift @Size(min = 1, max = 5000, message = "Listan ska ha 1–5000 referenser")
        List<@NotBlank(message = "En referens är tom") @Size(max = 100, message = "Högst 100 tecken") String>
        population,
        @Min(value = 1, message = "Stickprovet ska ha 1–5000 poster")
        @Max(value = 5000, message = "Stickprovet ska ha 1–5000 poster") Integer stickprovsstorlek,
        long fro,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
