package se.kvalitetsledning.infra.indikator;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** A month's value as the form sends it; a month that has one already is corrected. */
public class VardeFormular extends HandlaggningFormular {

    private String manad;
    private String varde;
    @Size(max = 1000, message = "Högst 1000 tecken")
    private String kommentar;

    static VardeFormular av(YearMonth manad, long version) {
        VardeFormular f = new VardeFormular();
        f.manad = manad.toString();
        f.setVersion(version);
        return f;
    }

    void kontrollera(Errors fel) {
        Talfalt.kontrolleraManad(fel, "manad", manad);
        Talfalt.kontrolleraTal(fel, "varde", varde, "Ange värdet", true);
    }

    YearMonth manaden() {
        return Talfalt.manad(manad);
    }

    BigDecimal vardet() {
        return Talfalt.tal(varde);
    }

    public String getManad() {
        return manad;
    }

    public void setManad(String manad) {
        this.manad = manad;
    }

    public String getVarde() {
        return varde;
    }

    public void setVarde(String varde) {
        this.varde = varde;
    }

    public String getKommentar() {
        return kommentar;
    }

    public void setKommentar(String kommentar) {
        this.kommentar = kommentar;
    }
}
