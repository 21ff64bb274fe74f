package se.kvalitetsledning.infra.indikator;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.springframework.validation.Errors;

import se.kvalitetsledning.indikator.Malvarde;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** A new target and yellow band from a month on, as the form sends them. */
public class MalFormular extends HandlaggningFormular {

    private String mal;
    private String gulMarginal;
    private String fran;

    static MalFormular av(Malvarde aktuellt, YearMonth fran, long version) {
        MalFormular f = new MalFormular();
        f.mal = Indikatorvy.tal(aktuellt.mal());
        f.gulMarginal = Indikatorvy.tal(aktuellt.gulMarginal());
        f.fran = fran.toString();
        f.setVersion(version);
        return f;
    }

    void kontrollera(Errors fel) {
        Talfalt.kontrolleraTal(fel, "mal", mal, "Ange målet", false);
        Talfalt.kontrolleraTal(fel, "gulMarginal", gulMarginal, "Ange det gula bandet (0 för inget)", true);
        Talfalt.kontrolleraManad(fel, "fran", fran);
    }

    BigDecimal malet() {
        return Talfalt.tal(mal);
    }

    BigDecimal gulaBandet() {
        return Talfalt.tal(gulMarginal);
    }

    YearMonth franManad() {
        return Talfalt.manad(fran);
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

    public String getFran() {
        return fran;
    }

    public void setFran(String fran) {
        this.fran = fran;
    }
}
