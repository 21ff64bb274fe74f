package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Sends the synpunkt on to another provider or authority, with a note to the sender. */
public record VidarebefordraSynpunkt(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotBlank @Size(max = 200) String mottagare,
        @PersonligUppgift @NotBlank @Size(max = 4000) String meddelandeTillAvsandaren,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
