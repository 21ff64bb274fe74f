package se.kvalitetsledning.infra.kvalitetsberattelse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.kvalitetsberattelse.Omfang;

/** The bodies of the kvalitetsberättelse API; {@code version} is an alternative to the If-Match header. */
final class KvalitetsberattelseApiBegaran {

    private static final String AR = "Ange ett år mellan 2000 och 2100";

    private KvalitetsberattelseApiBegaran() {
    }

    /** A new draft for a year and a förvaltning or verksamhetsområde. */
    record Ny(@NotNull(message = AR) @Min(value = 2000, message = AR) @Max(value = 2100, message = AR) Integer ar,
              @NotNull(message = "Ange omfattning: nivå och id") @Valid Omfang omfang) {
    }

    record Text(@NotNull(message = "Ange text") @Size(max = 20000, message = "Högst 20000 tecken") String text,
                Long version) {
    }

    record Kommentar(@NotNull(message = "Ange kommentar") @Size(max = 4000, message = "Högst 4000 tecken")
                     String kommentar,
                     Long version) {
    }

    record NyUtgava(@NotBlank(message = "Ange varför en ny utgåva behövs")
                    @Size(max = 2000, message = "Högst 2000 tecken") String anledning,
                    Long version) {
    }

    /** A command with nothing but the version, e.g. fastställande. */
    record Versionerad(Long version) {
    }

    record Skapad(String id, long version) {
    }

    record Utford(String id, long version) {
    }
}
