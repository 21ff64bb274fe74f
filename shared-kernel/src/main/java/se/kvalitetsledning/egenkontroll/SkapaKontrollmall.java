package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/** Creates a check type, e.g. "Aktgranskning, myndighet LSS", with an empty first draft. */
public record SkapaKontrollmall(
        @TargetAggregateIdentifier @NotNull KontrollmallId id,
        @NotBlank(message = "Ange ett namn") @Size(max = 200, message = "Högst 200 tecken") String namn,
        @Size(max = 4000, message = "Högst 4000 tecken") String beskrivning,
        @NotNull(message = "Ange kvalitetsområden") Set<@NotNull Kvalitetsomrade> kvalitetsomraden,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
