package se.kvalitetsledning.infra.avvikelse;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a reporter fills in, from the form or the API. {@code intraffade} is Swedish local time. Only the enhet,
 * when and what happened are required. {@code id} is optional: a client that sends its own makes a repeated
 * send (a double tap, a retry after a lost answer) file the avvikelse only once.
 */
public record NyAvvikelse(
        @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                message = "Ska vara ett UUID") String id,
        @NotBlank(message = "Välj enhet") @Size(max = 60, message = "Högst 60 tecken") String enhet,
        @NotNull(message = "Ange när det hände")
        // Swedish local time: an offset such as Z is refused, and so is a day the month lacks (not moved to the 28th)
        @JsonFormat(pattern = "uuuu-MM-dd'T'HH:mm[:ss]", lenient = OptBoolean.FALSE)
        LocalDateTime intraffade,
        @Size(max = 200, message = "Högst 200 tecken") String plats,
        @NotBlank(message = "Beskriv vad som hände") @Size(max = 4000, message = "Högst 4000 tecken") String beskrivning,
        @Size(max = 4000, message = "Högst 4000 tecken") String omedelbaraAtgarder,
        @Min(value = 1, message = "Konsekvensen ska vara 1–4") @Max(value = 4, message = "Konsekvensen ska vara 1–4")
        Integer konsekvensForPerson,
        @Size(max = 60, message = "Högst 60 tecken") String kategori,
        @Size(max = 40, message = "Högst 40 tecken") String brukarreferens,
        boolean mojligtMissforhallande) {
}
