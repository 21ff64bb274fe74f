package se.kvalitetsledning.avvikelse;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Files an avvikelse against one of the reporter's enheter. Only what happened and when is required;
 * the handler classifies later.
 */
public record RegistreraAvvikelse(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @NotNull EnhetId enhet,
        @NotNull Instant intraffade,
        @PersonligUppgift @Size(max = 200) String plats,
        @PersonligUppgift @NotBlank @Size(max = 4000) String beskrivning,
        @PersonligUppgift @Size(max = 4000) String omedelbaraAtgarder,
        @Min(1) @Max(4) Integer konsekvensForPerson,
        KategoriId kategori,
        @PersonligUppgift @Size(max = 40) String brukarreferens,
        boolean mojligtMissforhallande,
        @NotNull Aktor aktor,
        @NotNull Instant registrerad) {
}
