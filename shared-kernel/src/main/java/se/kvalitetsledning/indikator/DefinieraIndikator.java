package se.kvalitetsledning.indikator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Defines one goal of an enhet, e.g. "Ärenden per handläggare, vuxna": below 55, gul up to 60, entered monthly by
 * hand from {@code fran}.
 */
public record DefinieraIndikator(
        @TargetAggregateIdentifier @NotNull IndikatorId id,
        @NotNull EnhetId enhet,
        @NotBlank @Size(max = 200) String namn,
        @NotBlank @Size(max = 60) String enhetsbeteckning,
        @NotNull Riktning riktning,
        @NotNull BigDecimal mal,
        @NotNull @PositiveOrZero BigDecimal gulMarginal,
        @NotNull Indikatorkalla kalla,
        @NotNull YearMonth fran,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
