package se.kvalitetsledning.infra.synpunkt;

/** The sender's contact details as a form holds them, every field optional; staff's form and the e-tjänst's. */
public class Kontaktformular {

    private String namn;
    private String epost;
    private String telefon;
    private String adress;

    public String getNamn() {
        return namn;
    }

    public void setNamn(String namn) {
        this.namn = namn;
    }

    public String getEpost() {
        return epost;
    }

    public void setEpost(String epost) {
        this.epost = epost;
    }

    public String getTelefon() {
        return telefon;
    }

    public void setTelefon(String telefon) {
        this.telefon = telefon;
    }

    public String getAdress() {
        return adress;
    }

    public void setAdress(String adress) {
        this.adress = adress;
    }
}
