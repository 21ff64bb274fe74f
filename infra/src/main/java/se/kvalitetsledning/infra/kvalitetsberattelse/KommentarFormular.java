package se.kvalitetsledning.infra.kvalitetsberattelse;

import jakarta.validation.constraints.Size;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** The comment beside one table; the table's key comes from the address, so the page knows which form it was. */
public class KommentarFormular extends HandlaggningFormular {

    private String tabell;
    @Size(max = 4000, message = "Högst 4000 tecken")
    private String kommentar;

    public String getTabell() {
        return tabell;
    }

    public void setTabell(String tabell) {
        this.tabell = tabell;
    }

    public String getKommentar() {
        return kommentar;
    }

    public void setKommentar(String kommentar) {
        this.kommentar = kommentar;
    }
}
