package se.kvalitetsledning.infra.synpunkt;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.synpunkt.Eskaleringsmal;

/** What the synpunkt becomes besides itself, a lex Sarah rapport or an avvikelse, and why. */
public class EskaleringFormular extends HandlaggningFormular {

    @NotNull(message = "Välj vad synpunkten ska bli")
    private Eskaleringsmal mal;
    @Size(max = 4000, message = "Högst 4000 tecken")
    private String kommentar;

    static EskaleringFormular vid(long version) {
        EskaleringFormular formular = new EskaleringFormular();
        formular.setVersion(version);
        return formular;
    }

    public Eskaleringsmal getMal() {
        return mal;
    }

    public void setMal(Eskaleringsmal mal) {
        this.mal = mal;
    }

    public String getKommentar() {
        return kommentar;
    }

    public void setKommentar(String kommentar) {
        this.kommentar = kommentar;
    }
}
