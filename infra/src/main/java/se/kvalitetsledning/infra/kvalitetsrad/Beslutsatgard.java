package se.kvalitetsledning.infra.kvalitetsrad;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;

import se.kvalitetsledning.atgard.Atgardstyp;
import se.kvalitetsledning.atgard.Prioritet;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/** The åtgärd a decision puts in the backlog: the decision's text becomes its description. */
public record Beslutsatgard(
        @NotBlank(message = "Ange en titel") @Size(max = 200, message = "Högst 200 tecken") String titel,
        @NotNull(message = "Välj typ") Atgardstyp typ,
        Set<@NotNull(message = "Välj ett kvalitetsområde") Kvalitetsomrade> kvalitetsomraden,
        @NotEmpty(message = "Välj minst en enhet")
        Set<@NotBlank(message = "Välj en enhet") @Size(max = 60, message = "Högst 60 tecken") String> enheter,
        @NotBlank(message = "Ange ägare") @Size(max = 100, message = "Högst 100 tecken") String agare,
        @NotNull(message = "Ange förfallodatum")
        @JsonFormat(pattern = "uuuu-MM-dd", lenient = OptBoolean.FALSE) LocalDate forfallodatum,
        @NotNull(message = "Välj prioritet") Prioritet prioritet) {
}
