package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Opens the case an escalated avvikelse becomes, with the avvikelse's facts; sent by the application when it sees the
 * escalation, which the avvikelse's own rules already allowed.
 */
public record OppnaLexSarahFranAvvikelse(
        @TargetAggregateIdentifier @NotNull LexSarahId id,
        @NotNull AvvikelseId avvikelse,
        @NotNull EnhetId enhet,
        @NotNull Instant intraffade,
        @PersonligUppgift @NotNull String beskrivning,
        @PersonligUppgift String brukarreferens,
        @NotNull Anvandare eskaleradAv,
        @NotNull Instant tid) {
}
