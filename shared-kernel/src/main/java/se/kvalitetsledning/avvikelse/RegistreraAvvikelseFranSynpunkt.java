package se.kvalitetsledning.avvikelse;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.SynpunktId;

/**
 * Files the avvikelse an escalated synpunkt becomes, in the escalating handler's name; sent by the application when
 * it sees the escalation, which the synpunkt's own rules already allowed.
 */
public record RegistreraAvvikelseFranSynpunkt(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @NotNull SynpunktId synpunkt,
        @NotNull EnhetId enhet,
        @NotNull Instant intraffade,
        @PersonligUppgift @NotNull String beskrivning,
        @NotNull Anvandare eskaleradAv,
        @NotNull Instant tid) {
}
