package se.kvalitetsledning.indikator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** A new target from a month on; the months before keep the one they had. The direction stays. */
public record AndraIndikatorensMal(
        @TargetAggregateIdentifier @NotNull IndikatorId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull BigDecimal mal,
        @NotNull @PositiveOrZero BigDecimal gulMarginal,
        @NotNull YearMonth fran,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
