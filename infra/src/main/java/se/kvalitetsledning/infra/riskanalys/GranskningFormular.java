package se.kvalitetsledning.infra.riskanalys;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.riskanalys.Riskbedomning;

/** A review of a fastställd analysis's risk: how it stands now, and the next review date or that it is handled. */
public class GranskningFormular extends HandlaggningFormular {

    @NotNull(message = "Ange konsekvens 1–4")
    @Min(value = 1, message = "Ange konsekvens 1–4")
    @Max(value = 4, message = "Ange konsekvens 1–4")
    private Integer konsekvens;
    @NotNull(message = "Ange sannolikhet 1–4")
    @Min(value = 1, message = "Ange sannolikhet 1–4")
    @Max(value = 4, message = "Ange sannolikhet 1–4")
    private Integer sannolikhet;
    @Size(max = 2000, message = "Högst 2000 tecken")
    private String kommentar;
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate nastaGranskning;
    private boolean hanterad;

    static GranskningFormular av(Riskbedomning aktuell, long version) {
        GranskningFormular f = new GranskningFormular();
        f.setVersion(version);
        f.konsekvens = aktuell.konsekvens();
        f.sannolikhet = aktuell.sannolikhet();
        return f;
    }

    Riskbedomning bedomning() {
        return new Riskbedomning(konsekvens, sannolikhet);
    }

    public Integer getKonsekvens() {
        return konsekvens;
    }

    public void setKonsekvens(Integer konsekvens) {
        this.konsekvens = konsekvens;
    }

    public Integer getSannolikhet() {
        return sannolikhet;
    }

    public void setSannolikhet(Integer sannolikhet) {
        this.sannolikhet = sannolikhet;
    }

    public String getKommentar() {
        return kommentar;
    }

    public void setKommentar(String kommentar) {
        this.kommentar = kommentar;
    }

    public LocalDate getNastaGranskning() {
        return nastaGranskning;
    }

    public void setNastaGranskning(LocalDate nastaGranskning) {
        this.nastaGranskning = nastaGranskning;
    }

    public boolean isHanterad() {
        return hanterad;
    }

    public void setHanterad(boolean hanterad) {
        this.hanterad = hanterad;
    }
}
