package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardStatus;

/** Tells the synpunkt that one of its åtgärder was carried out or written off; told twice, it changes nothing. */
public record AvslutaKoppladAtgardForSynpunkt(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @NotNull AtgardId atgard,
        @NotNull AtgardStatus status,
        @NotNull Instant tid) {
}
