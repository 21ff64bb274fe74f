package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Records who took part, replacing the list; until the minutes are justerade. */
public record AndraDeltagare(
        @TargetAggregateIdentifier @NotNull KvalitetsradsmoteId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull @Size(max = 40) List<@NotBlank @Size(max = 200) String> deltagare,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
