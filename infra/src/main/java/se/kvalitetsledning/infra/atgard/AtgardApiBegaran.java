package se.kvalitetsledning.infra.atgard;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.atgard.Effektutfall;

/** The bodies of the backlog API's commands; each may carry the version instead of an If-Match header. */
final class AtgardApiBegaran {

    private AtgardApiBegaran() {
    }

    record Version(Long version) {
    }

    record Kommentar(@Size(max = 4000, message = "Högst 4000 tecken") String kommentar, Long version) {
    }

    record Skal(@NotBlank(message = "Ange skälet") @Size(max = 2000, message = "Högst 2000 tecken") String skal,
                Long version) {
    }

    record Effekt(@NotNull(message = "Välj utfall") Effektutfall utfall,
                  @NotBlank(message = "Beskriv vad som visar effekten") @Size(max = 4000, message = "Högst 4000 tecken")
                  String evidens, Long version) {
    }

    record Flytt(@NotNull(message = "Ange det nya förfallodatumet")
                 @JsonFormat(pattern = "uuuu-MM-dd", lenient = OptBoolean.FALSE) LocalDate till,
                 @NotBlank(message = "Ange skälet") @Size(max = 2000, message = "Högst 2000 tecken") String skal,
                 Long version) {
    }

    record Kalla(@NotNull(message = "Ange källan") @Valid NyAtgard.Kallhanvisning kalla,
                 Long version) {
    }

    record Skapad(String id) {
    }

    record Utford(String id, long version) {
    }
}
