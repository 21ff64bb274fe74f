package se.kvalitetsledning.infra.riskanalys;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;

import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.riskanalys.Anledning;
import se.kvalitetsledning.riskanalys.Riskbedomning;

/** The bodies of the riskanalys API's commands; {@code version} is an alternative to the If-Match header. */
final class RiskanalysApiBegaran {

    private static final String HOGST_2000 = "Högst 2000 tecken";
    private static final String DATUM = "uuuu-MM-dd";

    private RiskanalysApiBegaran() {
    }

    /** A new analysis (with {@code id} chosen by the client, a retry starts nothing more) or its change. */
    record Analys(@Size(max = 36, message = "Högst 36 tecken") String id,
                  @NotNull(message = "Ange anledning") Anledning anledning,
                  @NotBlank(message = "Ange enhet") @Size(max = 60, message = "Högst 60 tecken") String enhet,
                  @NotBlank(message = "Ange vilken process eller verksamhet analysen gäller")
                  @Size(max = 2000, message = HOGST_2000) String process,
                  Set<@NotBlank(message = "Ange användarnamn") @Size(max = 100, message = "Högst 100 tecken")
                          String> team,
                  @NotNull(message = "Ange datum") @JsonFormat(pattern = DATUM, lenient = OptBoolean.FALSE)
                  LocalDate datum,
                  Long version) {
    }

    record Kallhanvisning(@NotNull(message = "Ange vad risken kommer från") Kalltyp typ,
                          @NotBlank(message = "Ange ärendets id") @Size(max = 100, message = "Högst 100 tecken")
                          String id) {
    }

    /** A risk; {@code id} (when adding) is chosen by the client, else one is made. */
    record Risk(@Size(max = 36, message = "Högst 36 tecken") String id,
                @NotBlank(message = "Beskriv risken") @Size(max = 2000, message = HOGST_2000) String beskrivning,
                @Size(max = 2000, message = HOGST_2000) String orsak,
                @NotNull(message = "Ange konsekvens och sannolikhet") @Valid Riskbedomning bedomning,
                @Size(max = 2000, message = HOGST_2000) String befintligaBarriarer,
                @Size(max = 2000, message = HOGST_2000) String foreslagnaAtgarder,
                @Valid Riskbedomning kvarvarande,
                @JsonFormat(pattern = DATUM, lenient = OptBoolean.FALSE) LocalDate granskningsdatum,
                @Valid Kallhanvisning kalla,
                Long version) {

        RiskanalysHandlaggning.Risk uppgifter() {
            return new RiskanalysHandlaggning.Risk(beskrivning, orsak, bedomning, befintligaBarriarer,
                    foreslagnaAtgarder, kvarvarande, granskningsdatum, kalla);
        }
    }

    /** A review: the assessment now, and the next review date or that the risk is handled. */
    record Granskning(@NotNull(message = "Ange konsekvens och sannolikhet") @Valid Riskbedomning bedomning,
                      @Size(max = 2000, message = HOGST_2000) String kommentar,
                      @JsonFormat(pattern = DATUM, lenient = OptBoolean.FALSE) LocalDate nastaGranskning,
                      boolean hanterad,
                      Long version) {
    }

    /** A command with nothing but the version, e.g. fastställande. */
    record Versionerad(Long version) {
    }

    record Skapad(String id) {
    }

    record RiskSkapad(String id, String risk, long version) {
    }

    record Utford(String id, long version) {
    }
}
