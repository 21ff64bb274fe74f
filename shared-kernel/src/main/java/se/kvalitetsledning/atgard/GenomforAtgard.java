package se.kvalitetsledning.atgard;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Records that the åtgärd was carried out. */
public record GenomforAtgard(
        @TargetAggregateIdentifier @NotNull AtgardId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @Size(max = 4000) String kommentar,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
