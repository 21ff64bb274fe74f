package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Receives a synpunkt: through the public e-form ({@code aktor} null, the channel E_TJANST) or registered by staff
 * from another channel, with the day it was received, which may be in the past.
 */
public record TaEmotSynpunkt(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @NotNull Synpunktstyp typ,
        @NotNull Kanal kanal,
        EnhetId enhet,
        @NotNull Instant mottagen,
        @PersonligUppgift @NotBlank @Size(max = 8000) String vadHande,
        @PersonligUppgift @Size(max = 4000) String onskemal,
        @Valid Kontaktuppgifter kontakt,
        Aktor aktor,
        @NotNull Instant tid) {
}
