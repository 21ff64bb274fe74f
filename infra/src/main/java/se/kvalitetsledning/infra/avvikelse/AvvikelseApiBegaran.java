package se.kvalitetsledning.infra.avvikelse;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * The bodies of the API's handling commands. {@code version} is the version the client last saw; it may also
 * come as an {@code If-Match} header.
 */
final class AvvikelseApiBegaran {

    private AvvikelseApiBegaran() {
    }

    record Tilldelning(@NotBlank(message = "Ange handläggare") @Size(max = 100, message = "Högst 100 tecken")
                       String handlaggare, Long version) {
    }

    record Klassificering(
            @NotBlank(message = "Välj kategori") @Size(max = 60, message = "Högst 60 tecken") String kategori,
            @NotEmpty(message = "Välj minst ett kvalitetsområde") Set<Kvalitetsomrade> kvalitetsomraden,
            @NotNull(message = "Ange konsekvens 1–4") @Min(value = 1, message = "Konsekvensen ska vara 1–4")
            @Max(value = 4, message = "Konsekvensen ska vara 1–4") Integer konsekvens,
            @NotNull(message = "Ange sannolikhet 1–4") @Min(value = 1, message = "Sannolikheten ska vara 1–4")
            @Max(value = 4, message = "Sannolikheten ska vara 1–4") Integer sannolikhet,
            Long version) {
    }

    record Utredning(
            @NotEmpty(message = "Välj minst ett orsaksområde") Set<Orsaksomrade> orsaksomraden,
            Set<BakomliggandeOrsak> bakomliggandeOrsaker,
            @NotBlank(message = "Skriv en analys") @Size(max = 8000, message = "Högst 8000 tecken") String analys,
            Long version) {
    }

    record Text(@NotBlank(message = "Fältet får inte vara tomt") @Size(max = 4000, message = "Högst 4000 tecken")
                String text, Long version) {
    }

    /** A reason, as the commands that take one allow it. */
    record Skal(@NotBlank(message = "Fältet får inte vara tomt") @Size(max = 2000, message = "Högst 2000 tecken")
                String text, Long version) {
    }

    record FrivilligText(@Size(max = 4000, message = "Högst 4000 tecken") String text, Long version) {
    }

    record Version(Long version) {
    }

    /** Closing: with åtgärder still open, why they continue on their own. */
    record Avslut(@Size(max = 2000, message = "Högst 2000 tecken") String atgarderFortsatterSkal, Long version) {
    }

    record Skapad(String id) {
    }

    record Utford(String id, long version) {
    }
}
