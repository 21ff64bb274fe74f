package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Files a rapport about a missförhållande, by the reporter (SKRIFTLIG, {@code rapportor} is the actor) or by the
 * receiver of an oral rapport (MUNTLIG, {@code rapportorNamn} names the reporter; {@code rapportor} is set when the
 * reporter is a user). Immediate measures already taken may be given at once.
 */
public record RapporteraMissforhallande(
        @TargetAggregateIdentifier @NotNull LexSarahId id,
        @NotNull EnhetId enhet,
        @NotNull Instant intraffade,
        @NotNull Instant mottagen,
        @PersonligUppgift @NotBlank @Size(max = 8000) String beskrivning,
        @PersonligUppgift @Size(max = 40) String brukarreferens,
        @NotNull Set<@NotNull Handelsetyp> handelsetyper,
        boolean barnBerort,
        @PersonligUppgift @Size(max = 4000) String omedelbaraAtgarder,
        @NotNull Rapportsatt rapportsatt,
        Anvandare rapportor,
        @Size(max = 200) String rapportorNamn,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
