package se.kvalitetsledning.infra.lexsarah;

import java.time.LocalDateTime;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.lexsarah.Handelsetyp;

/**
 * A lex Sarah rapport as the form and the API take it; times are Swedish local time. {@code muntlig} marks an oral
 * rapport registered by its receiver: {@code rapportorNamn} then names the reporter, and
 * {@code rapportorAnvandarnamn} links them when they are a user, so they see the receipt. {@code mottagen} defaults
 * to now. {@code id} is optional: a client that sends its own makes a repeated send file the rapport only once.
 */
public record NyLexSarahRapport(
        @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                message = "Ska vara ett UUID") String id,
        @NotBlank(message = "Välj enhet") @Size(max = 60, message = "Högst 60 tecken") String enhet,
        @NotNull(message = "Ange när det hände")
        @JsonFormat(pattern = "uuuu-MM-dd'T'HH:mm[:ss]", lenient = OptBoolean.FALSE)
        LocalDateTime intraffade,
        @JsonFormat(pattern = "uuuu-MM-dd'T'HH:mm[:ss]", lenient = OptBoolean.FALSE)
        LocalDateTime mottagen,
        @NotBlank(message = "Beskriv vad som hände") @Size(max = 8000, message = "Högst 8000 tecken")
        String beskrivning,
        @Size(max = 40, message = "Högst 40 tecken") String brukarreferens,
        Set<@NotNull(message = "Välj en händelsetyp") Handelsetyp> handelsetyper,
        boolean barnBerort,
        @Size(max = 4000, message = "Högst 4000 tecken") String omedelbaraAtgarder,
        boolean muntlig,
        @Size(max = 200, message = "Högst 200 tecken") String rapportorNamn,
        @Size(max = 100, message = "Högst 100 tecken") String rapportorAnvandarnamn) {
}
