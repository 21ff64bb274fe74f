package se.kvalitetsledning.infra.lexsarah;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.lexsarah.Handelsetyp;
import se.kvalitetsledning.lexsarah.Informationsstatus;
import se.kvalitetsledning.lexsarah.LexSarahUtredning;
import se.kvalitetsledning.lexsarah.Polisanmalan;

/** The bodies of the lex Sarah API's commands; each may carry the version instead of an If-Match header. */
final class LexSarahApiBegaran {

    private static final String HOGST_4000 = "Högst 4000 tecken";
    private static final String HOGST_8000 = "Högst 8000 tecken";

    private LexSarahApiBegaran() {
    }

    record Text(@NotBlank(message = "Fältet får inte vara tomt") @Size(max = 4000, message = HOGST_4000) String text,
                Long version) {
    }

    record LangText(@NotBlank(message = "Fältet får inte vara tomt") @Size(max = 8000, message = HOGST_8000)
                    String text, Long version) {
    }

    record Utredare(@NotBlank(message = "Ange utredare") @Size(max = 100, message = "Högst 100 tecken")
                    String utredare, Long version) {
    }

    record Utredning(
            @NotEmpty(message = "Välj minst en händelsetyp") Set<@NotNull Handelsetyp> handelsetyper,
            @NotBlank(message = "Beskriv vad som hände") @Size(max = 8000, message = HOGST_8000) String vadHande,
            @NotEmpty(message = "Välj minst ett orsaksområde") Set<@NotNull Orsaksomrade> orsaksomraden,
            Set<@NotNull BakomliggandeOrsak> bakomliggandeOrsaker,
            @NotBlank(message = "Beskriv varför det hände") @Size(max = 8000, message = HOGST_8000) String varfor,
            @NotBlank(message = "Beskriv vad som förhindrar att det händer igen")
            @Size(max = 8000, message = HOGST_8000) String forhindraUpprepning,
            @NotNull(message = "Ange om den enskilde informerats") Informationsstatus denEnskildeInformerad,
            @NotNull(message = "Ange om god man eller förvaltare informerats")
            Informationsstatus godManForvaltareInformerad,
            @NotNull(message = "Ange om närstående informerats") Informationsstatus narstaendeInformerade,
            boolean dokumenteradIPersonakt,
            @NotNull(message = "Ange om polisanmälan behövs") Polisanmalan polisanmalan,
            boolean barnBerort,
            @Size(max = 4000, message = HOGST_4000) String barnperspektiv,
            Long version) {

        LexSarahUtredning utredning() {
            return new LexSarahUtredning(handelsetyper, vadHande, orsaksomraden,
                    bakomliggandeOrsaker == null ? Set.of() : bakomliggandeOrsaker, varfor, forhindraUpprepning,
                    denEnskildeInformerad, godManForvaltareInformerad, narstaendeInformerade, dokumenteradIPersonakt,
                    polisanmalan, barnBerort, barnperspektiv);
        }
    }

    record Bedomning(@NotNull(message = "Välj nivå") Bedomningsniva niva,
                     @NotBlank(message = "Motivera bedömningen") @Size(max = 4000, message = HOGST_4000)
                     String motivering, Long version) {
    }

    record Anmalan(@NotNull(message = "Ange dagen anmälan skickades")
                   @JsonFormat(pattern = "uuuu-MM-dd", lenient = OptBoolean.FALSE) LocalDate skickad,
                   @Size(max = 60, message = "Högst 60 tecken") String diarienummer, Long version) {
    }

    record Diarienummer(@NotBlank(message = "Ange IVO:s diarienummer") @Size(max = 60, message = "Högst 60 tecken")
                        String diarienummer, Long version) {
    }

    record Komplettering(@NotBlank(message = "Skriv kompletteringen") @Size(max = 8000, message = HOGST_8000)
                         String text,
                         @NotNull(message = "Ange dagen kompletteringen skickades")
                         @JsonFormat(pattern = "uuuu-MM-dd", lenient = OptBoolean.FALSE) LocalDate skickad,
                         Long version) {
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
