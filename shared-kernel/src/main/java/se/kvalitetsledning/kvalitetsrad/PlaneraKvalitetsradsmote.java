package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;

/** Plans a meeting on {@code datum} that reviews the summary of {@code manad} for {@code omfattning}. */
public record PlaneraKvalitetsradsmote(
        @TargetAggregateIdentifier @NotNull KvalitetsradsmoteId id,
        @NotNull LocalDate datum,
        @NotNull YearMonth manad,
        @Valid @NotNull Motesomfattning omfattning,
        @NotNull @Size(max = 40) List<@NotBlank @Size(max = 200) String> deltagare,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
