package se.kvalitetsledning.infra.indikator;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.indikator.Indikatorkalla;
import se.kvalitetsledning.indikator.Riktning;

/** A goal for an enhet; {@code id} lets a client retry without defining it twice. */
public record NyIndikator(
        @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                message = "Ska vara ett UUID") String id,
        @NotBlank(message = "Välj enhet") @Size(max = 60, message = "Högst 60 tecken") String enhet,
        @NotBlank(message = "Namnge indikatorn") @Size(max = 200, message = "Högst 200 tecken") String namn,
        @NotBlank(message = "Ange vad värdet mäts i, t.ex. ärenden, dagar eller %")
        @Size(max = 60, message = "Högst 60 tecken") String enhetsbeteckning,
        @NotNull(message = "Ange om lägre eller högre är bättre") Riktning riktning,
        @NotNull(message = "Ange målet") BigDecimal mal,
        @NotNull(message = "Ange det gula bandet (0 för inget)") @PositiveOrZero(message = "Får inte vara negativt")
        BigDecimal gulMarginal,
        @NotNull(message = "Ange varifrån värdena kommer") Indikatorkalla kalla,
        @NotNull(message = "Ange första månaden, t.ex. 2026-01") YearMonth fran) {
}
