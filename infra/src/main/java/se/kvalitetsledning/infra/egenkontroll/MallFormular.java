package se.kvalitetsledning.infra.egenkontroll;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/** A new kontrollmall as its form sends it: the name, the purpose and the kvalitetsområden it follows up. */
public class MallFormular {

    @NotBlank(message = "Ange ett namn")
    @Size(max = 200, message = "Högst 200 tecken")
    private String namn;
    @Size(max = 4000, message = "Högst 4000 tecken")
    private String beskrivning;
    private Set<Kvalitetsomrade> kvalitetsomraden = EnumSet.noneOf(Kvalitetsomrade.class);

    EgenkontrollApiBegaran.NyKontrollmall begaran() {
        return new EgenkontrollApiBegaran.NyKontrollmall(null, namn, beskrivning, Set.copyOf(kvalitetsomraden));
    }

    public String getNamn() {
        return namn;
    }

    public void setNamn(String namn) {
        this.namn = namn;
    }

    public String getBeskrivning() {
        return beskrivning;
    }

    public void setBeskrivning(String beskrivning) {
        this.beskrivning = beskrivning;
    }

    public Set<Kvalitetsomrade> getKvalitetsomraden() {
        return kvalitetsomraden;
    }

    public void setKvalitetsomraden(Set<Kvalitetsomrade> kvalitetsomraden) {
        this.kvalitetsomraden = kvalitetsomraden == null ? EnumSet.noneOf(Kvalitetsomrade.class)
                : kvalitetsomraden;
    }
}
