package se.kvalitetsledning.infra.kvalitetsrad;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Planning a meeting: the day, the month it reviews, the scope as the summary page names it, one name per line. */
public class MotesFormular {

    @NotNull(message = "Ange mötets datum")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate datum;
    @NotBlank(message = "Ange månaden mötet går igenom, t.ex. 2026-03")
    @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "Ange månaden som år och månad, t.ex. 2026-03")
    private String manad;
    @Size(max = 80, message = "Välj omfattning i listan")
    private String omfattning;
    @Size(max = 8000, message = "Högst 8000 tecken")
    private String deltagare;

    /** The participants, one per line, blank lines left out. */
    static List<String> rader(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(rad -> !rad.isEmpty()).toList();
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public String getManad() {
        return manad;
    }

    public void setManad(String manad) {
        this.manad = manad;
    }

    public String getOmfattning() {
        return omfattning;
    }

    public void setOmfattning(String omfattning) {
        this.omfattning = omfattning;
    }

    public String getDeltagare() {
        return deltagare;
    }

    public void setDeltagare(String deltagare) {
        this.deltagare = deltagare;
    }
}
