package se.kvalitetsledning.infra.indikator;

import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import se.kvalitetsledning.indikator.Indikatorkalla;
import se.kvalitetsledning.indikator.Riktning;

/** A new indikator as the form sends it, read into the API's {@link NyIndikator}. */
public class IndikatorFormular {

    @NotBlank(message = "Välj enhet")
    @Size(max = 60, message = "Högst 60 tecken")
    private String enhet;
    @NotBlank(message = "Namnge indikatorn")
    @Size(max = 200, message = "Högst 200 tecken")
    private String namn;
    @NotBlank(message = "Ange vad värdet mäts i, t.ex. ärenden, dagar eller %")
    @Size(max = 60, message = "Högst 60 tecken")
    private String enhetsbeteckning;
    @NotNull(message = "Ange om lägre eller högre är bättre")
    private Riktning riktning;
    private String mal;
    private String gulMarginal;
    @NotNull(message = "Ange varifrån värdena kommer")
    private Indikatorkalla kalla = Indikatorkalla.MANUELL;
    private String fran;

    static IndikatorFormular ny(String enhet, YearMonth fran) {
        IndikatorFormular f = new IndikatorFormular();
        f.enhet = enhet;
        f.fran = fran.toString();
        f.gulMarginal = "0";
        return f;
    }

    void kontrollera(Errors fel) {
        Talfalt.kontrolleraTal(fel, "mal", mal, "Ange målet", false);
        Talfalt.kontrolleraTal(fel, "gulMarginal", gulMarginal, "Ange det gula bandet (0 för inget)", true);
        Talfalt.kontrolleraManad(fel, "fran", fran);
    }

    NyIndikator uppgifter() {
        return new NyIndikator(null, enhet, namn, enhetsbeteckning, riktning, Talfalt.tal(mal),
                Talfalt.tal(gulMarginal), kalla, Talfalt.manad(fran));
    }

    public String getEnhet() {
        return enhet;
    }

    public void setEnhet(String enhet) {
        this.enhet = enhet;
    }

    public String getNamn() {
        return namn;
    }

    public void setNamn(String namn) {
        this.namn = namn;
    }

    public String getEnhetsbeteckning() {
        return enhetsbeteckning;
    }

    public void setEnhetsbeteckning(String enhetsbeteckning) {
        this.enhetsbeteckning = enhetsbeteckning;
    }

    public Riktning getRiktning() {
        return riktning;
    }

    public void setRiktning(Riktning riktning) {
        this.riktning = riktning;
    }

    public String getMal() {
        return mal;
    }

    public void setMal(String mal) {
        this.mal = mal;
    }

    public String getGulMarginal() {
        return gulMarginal;
    }

    public void setGulMarginal(String gulMarginal) {
        this.gulMarginal = gulMarginal;
    }

    public Indikatorkalla getKalla() {
        return kalla;
    }

    public void setKalla(Indikatorkalla kalla) {
        this.kalla = kalla;
    }

    public String getFran() {
        return fran;
    }

    public void setFran(String fran) {
        this.fran = fran;
    }
}
