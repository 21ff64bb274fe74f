package se.kvalitetsledning.lexsarah;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * What the investigation found: what happened, why (cause areas and underlying causes), what prevents a repeat, who
 * was told, and what the person's file and the police need. The child perspective is required where a child is
 * concerned.
 */
public record LexSarahUtredning(
        @NotEmpty Set<@NotNull Handelsetyp> handelsetyper,
        @PersonligUppgift @NotBlank @Size(max = 8000) String vadHande,
        @NotEmpty Set<@NotNull Orsaksomrade> orsaksomraden,
        @NotNull Set<@NotNull BakomliggandeOrsak> bakomliggandeOrsaker,
        @PersonligUppgift @NotBlank @Size(max = 8000) String varfor,
        @PersonligUppgift @NotBlank @Size(max = 8000) String forhindraUpprepning,
        @NotNull Informationsstatus denEnskildeInformerad,
        @NotNull Informationsstatus godManForvaltareInformerad,
        @NotNull Informationsstatus narstaendeInformerade,
        boolean dokumenteradIPersonakt,
        @NotNull Polisanmalan polisanmalan,
        boolean barnBerort,
        @PersonligUppgift @Size(max = 4000) String barnperspektiv) {
}
