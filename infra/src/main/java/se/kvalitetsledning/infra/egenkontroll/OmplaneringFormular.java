package se.kvalitetsledning.infra.egenkontroll;

import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** A check moved to another month or given to another responsible person, as the form sends it. */
public class OmplaneringFormular extends HandlaggningFormular {

    @NotNull(message = "Ange månad som åååå-mm, till exempel 2026-03")
    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth manad;
    @NotBlank(message = "Välj ansvarig")
    @Size(max = 100, message = "Välj ansvarig")
    private String ansvarig;

    static OmplaneringFormular av(EgenkontrollDetaljer kontroll) {
        OmplaneringFormular f = new OmplaneringFormular();
        f.setVersion(kontroll.version());
        f.manad = kontroll.manad();
        f.ansvarig = kontroll.ansvarig().anvandarnamn();
        return f;
    }

    public YearMonth getManad() {
        return manad;
    }

    public void setManad(YearMonth manad) {
        this.manad = manad;
    }

    public String getAnsvarig() {
        return ansvarig;
    }

    public void setAnsvarig(String ansvarig) {
        this.ansvarig = ansvarig;
    }
}
