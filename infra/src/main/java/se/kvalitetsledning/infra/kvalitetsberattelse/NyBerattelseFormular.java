package se.kvalitetsledning.infra.kvalitetsberattelse;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A new kvalitetsberättelse: the year and the scope, chosen as {@code NIVA:id} (see {@link Omfangsval}). */
public class NyBerattelseFormular {

    private static final String AR = "Ange ett år mellan 2000 och 2100";

    @NotNull(message = AR)
    @Min(value = 2000, message = AR)
    @Max(value = 2100, message = AR)
    private Integer ar;
    @NotBlank(message = "Välj förvaltning eller verksamhetsområde")
    private String omfattning;

    public Integer getAr() {
        return ar;
    }

    public void setAr(Integer ar) {
        this.ar = ar;
    }

    public String getOmfattning() {
        return omfattning;
    }

    public void setOmfattning(String omfattning) {
        this.omfattning = omfattning;
    }
}
