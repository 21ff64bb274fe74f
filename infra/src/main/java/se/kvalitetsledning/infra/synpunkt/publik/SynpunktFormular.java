package se.kvalitetsledning.infra.synpunkt.publik;

import java.util.List;

import se.kvalitetsledning.infra.synpunkt.Kontaktformular;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/**
 * The form behind "Lämna synpunkter och klagomål". The fields carry the names of {@link NySynpunkt}, so its rules
 * and the refusals of the command report against the field the sender filled in.
 */
public class SynpunktFormular {

    /** The order of the fields on the page, which is the order of the error summary. */
    static final List<String> FALT = List.of("typ", "enhet", "vadHande", "onskemal", "kontakt.namn",
            "kontakt.epost", "kontakt.telefon", "kontakt.adress", "webbplats");

    private Synpunktstyp typ;
    private String enhet;
    private String vadHande;
    private String onskemal;
    private Kontaktformular kontakt = new Kontaktformular();
    private String webbplats;

    NySynpunkt tillNySynpunkt() {
        return new NySynpunkt(typ, enhet, vadHande, onskemal,
                new NySynpunkt.Kontakt(kontakt.getNamn(), kontakt.getEpost(), kontakt.getTelefon(),
                        kontakt.getAdress()), webbplats);
    }

    public Synpunktstyp getTyp() {
        return typ;
    }

    public void setTyp(Synpunktstyp typ) {
        this.typ = typ;
    }

    public String getEnhet() {
        return enhet;
    }

    public void setEnhet(String enhet) {
        this.enhet = enhet;
    }

    public String getVadHande() {
        return vadHande;
    }

    public void setVadHande(String vadHande) {
        this.vadHande = vadHande;
    }

    public String getOnskemal() {
        return onskemal;
    }

    public void setOnskemal(String onskemal) {
        this.onskemal = onskemal;
    }

    public Kontaktformular getKontakt() {
        return kontakt;
    }

    public void setKontakt(Kontaktformular kontakt) {
        this.kontakt = kontakt;
    }

    public String getWebbplats() {
        return webbplats;
    }

    public void setWebbplats(String webbplats) {
        this.webbplats = webbplats;
    }

}
