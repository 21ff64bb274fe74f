package se.kvalitetsledning.infra.synpunkt;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;

import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.synpunkt.Eskaleringsmal;

/** The bodies of the synpunkt API's commands; {@code version} is an alternative to the If-Match header. */
final class SynpunktApiBegaran {

    private static final String HOGST_100 = "Högst 100 tecken";
    private static final String HOGST_4000 = "Högst 4000 tecken";
    private static final String HOGST_8000 = "Högst 8000 tecken";

    private SynpunktApiBegaran() {
    }

    record Kvittens(@NotBlank(message = "Ange hur kvittensen skickades") @Size(max = 100, message = HOGST_100)
                    String satt, Long version) {
    }

    record Tilldelning(@NotBlank(message = "Välj enhet") @Size(max = 60, message = "Högst 60 tecken") String enhet,
                       @NotBlank(message = "Välj handläggare") @Size(max = 100, message = HOGST_100)
                       String handlaggare, Long version) {
    }

    record Utredning(@Size(max = 60, message = "Högst 60 tecken") String kategori,
                     Set<@NotNull(message = "Välj ett kvalitetsområde") Kvalitetsomrade> kvalitetsomraden,
                     Set<@NotNull(message = "Välj ett orsaksområde") Orsaksomrade> orsaksomraden,
                     @NotBlank(message = "Beskriv vad utredningen visade") @Size(max = 8000, message = HOGST_8000)
                     String analys, Long version) {
    }

    record Svar(@NotBlank(message = "Skriv svaret") @Size(max = 8000, message = HOGST_8000) String svar,
                @NotBlank(message = "Ange hur svaret skickades") @Size(max = 100, message = HOGST_100) String satt,
                @NotNull(message = "Ange dagen svaret skickades")
                @JsonFormat(pattern = "uuuu-MM-dd", lenient = OptBoolean.FALSE) LocalDate skickat,
                Long version) {
    }

    record Vidarebefordran(@NotBlank(message = "Ange vart synpunkten skickades") @Size(max = 200,
            message = "Högst 200 tecken") String mottagare,
                           @NotBlank(message = "Skriv meddelandet till avsändaren")
                           @Size(max = 4000, message = HOGST_4000) String meddelande, Long version) {
    }

    record Eskalering(@NotNull(message = "Välj vad synpunkten ska bli") Eskaleringsmal mal,
                      @Size(max = 4000, message = HOGST_4000) String kommentar, Long version) {
    }

    /** Closing: with åtgärder still open, why they continue on their own. */
    record Avslut(@Size(max = 2000, message = "Högst 2000 tecken") String atgarderFortsatterSkal, Long version) {
    }

    record Skapad(String id, String referens) {
    }

    record Utford(String id, long version) {
    }
}
