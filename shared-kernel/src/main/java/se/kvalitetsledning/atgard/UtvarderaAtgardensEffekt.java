package se.kvalitetsledning.atgard;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Records the evaluated effect of a carried-out åtgärd, with its evidence. */
public record UtvarderaAtgardensEffekt(
        @TargetAggregateIdentifier @NotNull AtgardId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Effektutfall utfall,
        @PersonligUppgift @NotBlank @Size(max = 4000) String evidens,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
