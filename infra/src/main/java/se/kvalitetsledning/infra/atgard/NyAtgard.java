package se.kvalitetsledning.infra.atgard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.atgard.Atgardstyp;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.Prioritet;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * An åtgärd as the form and the API propose it: what, why, which enheter, whose and by when, the expected effect and
 * how it is measured, and the cases it comes from (none: it stands on its own). {@code id} is optional: a client
 * that sends its own makes a repeated send propose it only once.
 */
public record NyAtgard(
        @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                message = "Ska vara ett UUID") String id,
        @NotBlank(message = "Ange en titel") @Size(max = 200, message = "Högst 200 tecken") String titel,
        @Size(max = 4000, message = "Högst 4000 tecken") String beskrivning,
        @NotNull(message = "Välj typ") Atgardstyp typ,
        Set<@NotNull(message = "Välj ett kvalitetsområde") Kvalitetsomrade> kvalitetsomraden,
        @NotEmpty(message = "Välj minst en enhet")
        Set<@NotBlank(message = "Välj en enhet") @Size(max = 60, message = "Högst 60 tecken") String> enheter,
        @NotBlank(message = "Ange ägare") @Size(max = 100, message = "Högst 100 tecken") String agare,
        @NotNull(message = "Ange förfallodatum")
        @JsonFormat(pattern = "uuuu-MM-dd", lenient = OptBoolean.FALSE) LocalDate forfallodatum,
        @Size(max = 2000, message = "Högst 2000 tecken") String forvantadEffekt,
        @Size(max = 2000, message = "Högst 2000 tecken") String matning,
        @NotNull(message = "Välj prioritet") Prioritet prioritet,
        List<@Valid @NotNull(message = "Ange källan") Kallhanvisning> kallor) {

    /** A case the åtgärd comes from: its kind and id. */
    public record Kallhanvisning(@NotNull(message = "Välj typ av källa") Kalltyp typ,
                                 @NotBlank(message = "Ange källans id") @Size(max = 60, message = "Högst 60 tecken")
                                 String id) {
    }
}
