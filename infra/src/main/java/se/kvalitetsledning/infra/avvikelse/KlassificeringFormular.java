package se.kvalitetsledning.infra.avvikelse;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import se.kvalitetsledning.avvikelse.AvvikelseDetaljer;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** The handler's classification: category, kvalitetsområden and the risk as konsekvens × sannolikhet. */
public class KlassificeringFormular extends HandlaggningFormular {

    @NotBlank(message = "Välj kategori")
    private String kategori;
    @NotEmpty(message = "Välj minst ett kvalitetsområde")
    private Set<Kvalitetsomrade> kvalitetsomraden = new LinkedHashSet<>();
    @NotNull(message = "Välj konsekvens 1–4")
    @Min(value = 1, message = "Konsekvensen ska vara 1–4")
    @Max(value = 4, message = "Konsekvensen ska vara 1–4")
    private Integer konsekvens;
    @NotNull(message = "Välj sannolikhet 1–4")
    @Min(value = 1, message = "Sannolikheten ska vara 1–4")
    @Max(value = 4, message = "Sannolikheten ska vara 1–4")
    private Integer sannolikhet;

    /** The current classification, or the reporter's suggestions when there is none yet. */
    static KlassificeringFormular av(AvvikelseDetaljer avvikelse) {
        KlassificeringFormular formular = new KlassificeringFormular();
        formular.setVersion(avvikelse.version());
        AvvikelseDetaljer.Klassificering k = avvikelse.klassificering();
        if (k == null) {
            formular.setKategori(avvikelse.foreslagenKategori());
            formular.setKonsekvens(avvikelse.konsekvensForPerson());
        } else {
            formular.setKategori(k.kategori());
            formular.setKvalitetsomraden(new LinkedHashSet<>(k.kvalitetsomraden()));
            formular.setKonsekvens(k.konsekvens());
            formular.setSannolikhet(k.sannolikhet());
        }
        return formular;
    }

    public String getKategori() {
        return kategori;
    }

    public void setKategori(String kategori) {
        this.kategori = kategori;
    }

    public Set<Kvalitetsomrade> getKvalitetsomraden() {
        return kvalitetsomraden;
    }

    public void setKvalitetsomraden(Set<Kvalitetsomrade> kvalitetsomraden) {
        this.kvalitetsomraden = kvalitetsomraden == null ? new LinkedHashSet<>() : kvalitetsomraden;
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
}
