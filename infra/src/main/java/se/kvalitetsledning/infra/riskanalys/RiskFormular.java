package se.kvalitetsledning.infra.riskanalys;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.riskanalys.RiskanalysDetaljer.Riskpost;
import se.kvalitetsledning.riskanalys.Riskbedomning;

/** A risk as the form sends it: the assessment, barriers and measures, the residual risk, review date, source. */
public class RiskFormular extends HandlaggningFormular {

    private static final String HOGST_2000 = "Högst 2000 tecken";

    @NotBlank(message = "Beskriv risken")
    @Size(max = 2000, message = HOGST_2000)
    private String beskrivning;
    @Size(max = 2000, message = HOGST_2000)
    private String orsak;
    @NotNull(message = "Ange konsekvens 1–4")
    @Min(value = 1, message = "Ange konsekvens 1–4")
    @Max(value = 4, message = "Ange konsekvens 1–4")
    private Integer konsekvens;
    @NotNull(message = "Ange sannolikhet 1–4")
    @Min(value = 1, message = "Ange sannolikhet 1–4")
    @Max(value = 4, message = "Ange sannolikhet 1–4")
    private Integer sannolikhet;
    @Size(max = 2000, message = HOGST_2000)
    private String befintligaBarriarer;
    @Size(max = 2000, message = HOGST_2000)
    private String foreslagnaAtgarder;
    @Min(value = 1, message = "Ange konsekvens 1–4")
    @Max(value = 4, message = "Ange konsekvens 1–4")
    private Integer kvarvarandeKonsekvens;
    @Min(value = 1, message = "Ange sannolikhet 1–4")
    @Max(value = 4, message = "Ange sannolikhet 1–4")
    private Integer kvarvarandeSannolikhet;
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate granskningsdatum;
    private Kalltyp kalltyp;
    @Size(max = 100, message = "Högst 100 tecken")
    private String kallid;

    static RiskFormular av(Riskpost risk, long version) {
        RiskFormular f = new RiskFormular();
        f.setVersion(version);
        f.beskrivning = risk.beskrivning();
        f.orsak = risk.orsak();
        f.konsekvens = risk.bedomning().konsekvens();
        f.sannolikhet = risk.bedomning().sannolikhet();
        f.befintligaBarriarer = risk.befintligaBarriarer();
        f.foreslagnaAtgarder = risk.foreslagnaAtgarder();
        if (risk.kvarvarande() != null) {
            f.kvarvarandeKonsekvens = risk.kvarvarande().konsekvens();
            f.kvarvarandeSannolikhet = risk.kvarvarande().sannolikhet();
        }
        f.granskningsdatum = risk.granskningsdatum();
        if (risk.kalla() != null) {
            f.kalltyp = risk.kalla().typ();
            f.kallid = risk.kalla().id();
        }
        return f;
    }

    /** The residual risk takes both scales or none; a source takes its id. */
    void kontrollera(Errors fel) {
        if ((kvarvarandeKonsekvens == null) != (kvarvarandeSannolikhet == null)) {
            fel.rejectValue(kvarvarandeKonsekvens == null ? "kvarvarandeKonsekvens" : "kvarvarandeSannolikhet",
                    "ofullstandig", "Ange både konsekvens och sannolikhet efter åtgärderna, eller ingen");
        }
        if (kalltyp != null && !StringUtils.hasText(kallid)) {
            fel.rejectValue("kallid", "saknas", "Ange ärendets id");
        }
    }

    RiskanalysHandlaggning.Risk uppgifter() {
        return new RiskanalysHandlaggning.Risk(beskrivning, ifylld(orsak), new Riskbedomning(konsekvens, sannolikhet),
                ifylld(befintligaBarriarer), ifylld(foreslagnaAtgarder), kvarvarandeKonsekvens == null ? null
                : new Riskbedomning(kvarvarandeKonsekvens, kvarvarandeSannolikhet), granskningsdatum,
                kalltyp == null ? null : new RiskanalysApiBegaran.Kallhanvisning(kalltyp, kallid.trim()));
    }

    /** An optional text left empty is no text. */
    private static String ifylld(String text) {
        return StringUtils.hasText(text) ? text : null;
    }

    public String getBeskrivning() {
        return beskrivning;
    }

    public void setBeskrivning(String beskrivning) {
        this.beskrivning = beskrivning;
    }

    public String getOrsak() {
        return orsak;
    }

    public void setOrsak(String orsak) {
        this.orsak = orsak;
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

    public String getBefintligaBarriarer() {
        return befintligaBarriarer;
    }

    public void setBefintligaBarriarer(String befintligaBarriarer) {
        this.befintligaBarriarer = befintligaBarriarer;
    }

    public String getForeslagnaAtgarder() {
        return foreslagnaAtgarder;
    }

    public void setForeslagnaAtgarder(String foreslagnaAtgarder) {
        this.foreslagnaAtgarder = foreslagnaAtgarder;
    }

    public Integer getKvarvarandeKonsekvens() {
        return kvarvarandeKonsekvens;
    }

    public void setKvarvarandeKonsekvens(Integer kvarvarandeKonsekvens) {
        this.kvarvarandeKonsekvens = kvarvarandeKonsekvens;
    }

    public Integer getKvarvarandeSannolikhet() {
        return kvarvarandeSannolikhet;
    }

    public void setKvarvarandeSannolikhet(Integer kvarvarandeSannolikhet) {
        this.kvarvarandeSannolikhet = kvarvarandeSannolikhet;
    }

    public LocalDate getGranskningsdatum() {
        return granskningsdatum;
    }

    public void setGranskningsdatum(LocalDate granskningsdatum) {
        this.granskningsdatum = granskningsdatum;
    }

    public Kalltyp getKalltyp() {
        return kalltyp;
    }

    public void setKalltyp(Kalltyp kalltyp) {
        this.kalltyp = kalltyp;
    }

    public String getKallid() {
        return kallid;
    }

    public void setKallid(String kallid) {
        this.kallid = kallid;
    }
}
