package se.kvalitetsledning.riskanalys;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.organisation.EnhetId;

/** What a riskanalys is about: why it is made, its scope (the enhet and the process), who makes it and when. */
public record Riskanalysuppgifter(
        @NotNull(message = "Ange anledning") Anledning anledning,
        @NotNull(message = "Ange enhet") EnhetId enhet,
        @PersonligUppgift @NotBlank(message = "Ange vilken process eller verksamhet analysen gäller")
        @Size(max = 2000, message = "Högst 2000 tecken") String process,
        @NotNull(message = "Ange teamet") Set<@NotNull Anvandare> team,
        @NotNull(message = "Ange datum") LocalDate datum) {
}
