package se.kvalitetsledning.infra.synpunkt;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.Kontaktuppgifter;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/**
 * The form behind "Registrera synpunkt". The fields carry the names of {@link NySynpunkt}, the contact details those
 * of {@link Kontaktuppgifter} under {@code kontakt}, so its rules and the service's refusals report against the field
 * the user filled in. A blank enhet is the sender's "vet ej".
 */
public class NySynpunktFormular {

    /** The order of the fields on the page, which is the order of the error summary. */
    static final List<String> FALT = List.of("typ", "kanal", "enhet", "mottagen", "vadHande", "onskemal",
            "kontakt.namn", "kontakt.epost", "kontakt.telefon", "kontakt.adress");

    private String id = SynpunktId.nytt().toString();
    private Synpunktstyp typ;
    private Kanal kanal;
    private String enhet;
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate mottagen;
    private String vadHande;
    private String onskemal;
    private Kontaktformular kontakt = new Kontaktformular();

    NySynpunkt tillNySynpunkt() {
        return new NySynpunkt(id, typ, kanal, enhet, mottagen, vadHande, onskemal,
                new Kontaktuppgifter(kontakt.getNamn(), kontakt.getEpost(), kontakt.getTelefon(),
                        kontakt.getAdress()));
    }

    /** The field an aggregate rule's message is about, so it is shown next to that field. */
    static String faltForRegel(String meddelande) {
        String text = meddelande == null ? "" : meddelande.toLowerCase(Locale.ROOT);
        if (text.contains("togs emot")) {
            return "mottagen";
        }
        return text.contains("enhet") ? "enhet" : null;
    }


    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Synpunktstyp getTyp() {
        return typ;
    }

    public void setTyp(Synpunktstyp typ) {
        this.typ = typ;
    }

    public Kanal getKanal() {
        return kanal;
    }

    public void setKanal(Kanal kanal) {
        this.kanal = kanal;
    }

    public String getEnhet() {
        return enhet;
    }

    public void setEnhet(String enhet) {
        this.enhet = enhet;
    }

    public LocalDate getMottagen() {
        return mottagen;
    }

    public void setMottagen(LocalDate mottagen) {
        this.mottagen = mottagen;
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
}
