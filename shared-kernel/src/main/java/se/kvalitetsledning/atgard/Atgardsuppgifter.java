package se.kvalitetsledning.atgard;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * What an åtgärd is: what is to be done and why, the enheter it concerns, who owns it and by when, the effect it
 * should have and how that will be measured.
 */
public record Atgardsuppgifter(
        @NotBlank @Size(max = 200) String titel,
        @PersonligUppgift @Size(max = 4000) String beskrivning,
        @NotNull Atgardstyp typ,
        @NotNull Set<@NotNull Kvalitetsomrade> kvalitetsomraden,
        @NotEmpty Set<@NotNull EnhetId> enheter,
        @NotNull Anvandare agare,
        @NotNull LocalDate forfallodatum,
        @PersonligUppgift @Size(max = 2000) String forvantadEffekt,
        @PersonligUppgift @Size(max = 2000) String matning,
        @NotNull Prioritet prioritet) {
}
