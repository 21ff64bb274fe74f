package se.kvalitetsledning.kvalitetsberattelse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** What a kvalitetsberättelse covers: a förvaltning or a verksamhetsområde, by its id. */
public record Omfang(@NotNull(message = "Ange nivå") Niva niva, @NotBlank(message = "Ange id") String id) {

    public enum Niva { FORVALTNING, VERKSAMHETSOMRADE }
}
