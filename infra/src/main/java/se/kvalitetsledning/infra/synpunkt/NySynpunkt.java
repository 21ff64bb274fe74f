package se.kvalitetsledning.infra.synpunkt;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;

import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.Kontaktuppgifter;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/**
 * A synpunkt staff register from another channel than the e-tjänst, with the day it was received. {@code enhet}
 * blank when the sender did not say; {@code id} lets a client retry without registering twice.
 */
public record NySynpunkt(
        @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                message = "Ska vara ett UUID") String id,
        @NotNull(message = "Välj typ") Synpunktstyp typ,
        @NotNull(message = "Välj hur synpunkten kom in") Kanal kanal,
        @Size(max = 60, message = "Högst 60 tecken") String enhet,
        @NotNull(message = "Ange dagen synpunkten togs emot")
        @JsonFormat(pattern = "uuuu-MM-dd", lenient = OptBoolean.FALSE) LocalDate mottagen,
        @NotBlank(message = "Beskriv vad synpunkten gäller") @Size(max = 8000, message = "Högst 8000 tecken")
        String vadHande,
        @Size(max = 4000, message = "Högst 4000 tecken") String onskemal,
        @Valid Kontaktuppgifter kontakt) {
}
