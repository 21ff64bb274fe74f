package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.organisation.EnhetId;

/** Plans a check of an enhet with a published kontrollmall for a month, with the person responsible for it. */
public record PlaneraEgenkontroll(
        @TargetAggregateIdentifier @NotNull EgenkontrollId id,
        @NotNull(message = "Ange kontrollmall") KontrollmallId mall,
        @NotNull(message = "Ange enhet") EnhetId enhet,
        @NotNull(message = "Ange månad") YearMonth manad,
        @NotNull(message = "Ange ansvarig") Anvandare ansvarig,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
