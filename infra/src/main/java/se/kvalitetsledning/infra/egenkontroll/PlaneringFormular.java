package se.kvalitetsledning.infra.egenkontroll;

import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A check to plan, as the årshjul's form sends it: the template, the enhet, the month and who is responsible. */
public class PlaneringFormular {

    @NotBlank(message = "Välj kontrollmall")
    @Pattern(regexp = "[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", message = "Välj kontrollmall")
    private String mall;
    @NotBlank(message = "Välj enhet")
    @Size(max = 60, message = "Välj enhet")
    private String enhet;
    @NotNull(message = "Ange månad som åååå-mm, till exempel 2026-03")
    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth manad;
    @NotBlank(message = "Välj ansvarig")
    @Size(max = 100, message = "Välj ansvarig")
    private String ansvarig;

    EgenkontrollApiBegaran.NyEgenkontroll begaran() {
        return new EgenkontrollApiBegaran.NyEgenkontroll(null, mall, enhet, manad, ansvarig);
    }

    public String getMall() {
        return mall;
    }

    public void setMall(String mall) {
        this.mall = mall;
    }

    public String getEnhet() {
        return enhet;
    }

    public void setEnhet(String enhet) {
        this.enhet = enhet;
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
