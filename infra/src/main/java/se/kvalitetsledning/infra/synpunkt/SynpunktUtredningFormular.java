package se.kvalitetsledning.infra.synpunkt;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer;

/** The investigation and its classification, filled with the current one when it is revised. */
public class SynpunktUtredningFormular extends HandlaggningFormular {

    private String kategori;
    private Set<Kvalitetsomrade> kvalitetsomraden = new LinkedHashSet<>();
    private Set<Orsaksomrade> orsaksomraden = new LinkedHashSet<>();
    @NotBlank(message = "Beskriv vad utredningen kom fram till")
    @Size(max = 8000, message = "Högst 8000 tecken")
    private String analys;

    static SynpunktUtredningFormular av(SynpunktDetaljer synpunkt) {
        SynpunktUtredningFormular formular = new SynpunktUtredningFormular();
        formular.setVersion(synpunkt.version());
        SynpunktDetaljer.Utredning utredning = synpunkt.utredning();
        if (utredning != null) {
            formular.setKategori(utredning.kategori());
            formular.setKvalitetsomraden(new LinkedHashSet<>(utredning.kvalitetsomraden()));
            formular.setOrsaksomraden(new LinkedHashSet<>(utredning.orsaksomraden()));
            formular.setAnalys(utredning.analys());
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

    public Set<Orsaksomrade> getOrsaksomraden() {
        return orsaksomraden;
    }

    public void setOrsaksomraden(Set<Orsaksomrade> orsaksomraden) {
        this.orsaksomraden = orsaksomraden == null ? new LinkedHashSet<>() : orsaksomraden;
    }

    public String getAnalys() {
        return analys;
    }

    public void setAnalys(String analys) {
        this.analys = analys;
    }
}
