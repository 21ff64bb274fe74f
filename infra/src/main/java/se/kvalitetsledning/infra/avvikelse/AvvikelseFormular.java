package se.kvalitetsledning.infra.avvikelse;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.avvikelse.AvvikelseId;

/**
 * The form behind "Rapportera avvikelse". The fields carry the names of {@link NyAvvikelse}, so its rules and
 * the refusals of the command report against the field the user filled in.
 */
public class AvvikelseFormular {

    /** The order of the fields on the page, which is the order of the error summary. */
    static final List<String> FALT = List.of("enhet", "intraffade", "plats", "beskrivning", "omedelbaraAtgarder",
            "konsekvensForPerson", "kategori", "brukarreferens", "mojligtMissforhallande");

    private String id = AvvikelseId.nytt().toString();
    private String enhet;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm",
            fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSS", "yyyy-MM-dd HH:mm"})
    private LocalDateTime intraffade;
    private String plats;
    private String beskrivning;
    private String omedelbaraAtgarder;
    private Integer konsekvensForPerson;
    private String kategori;
    private String brukarreferens;
    private boolean mojligtMissforhallande;

    NyAvvikelse tillNyAvvikelse() {
        return new NyAvvikelse(id, enhet, intraffade, plats, beskrivning, omedelbaraAtgarder, konsekvensForPerson,
                kategori, brukarreferens, mojligtMissforhallande);
    }

    /** The field an aggregate rule's message is about, so it is shown next to that field. */
    static String faltForRegel(String meddelande) {
        String text = meddelande == null ? "" : meddelande.toLowerCase(Locale.ROOT);
        if (text.contains("framtiden") || text.contains("inträffade")) {
            return "intraffade";
        }
        if (text.contains("brukarreferens") || text.contains("personnummer")) {
            return "brukarreferens";
        }
        if (text.contains("enhet")) {
            return "enhet";
        }
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getEnhet() {
        return enhet;
    }

    public void setEnhet(String enhet) {
        this.enhet = enhet;
    }

    public LocalDateTime getIntraffade() {
        return intraffade;
    }

    public void setIntraffade(LocalDateTime intraffade) {
        this.intraffade = intraffade;
    }

    public String getPlats() {
        return plats;
    }

    public void setPlats(String plats) {
        this.plats = plats;
    }

    public String getBeskrivning() {
        return beskrivning;
    }

    public void setBeskrivning(String beskrivning) {
        this.beskrivning = beskrivning;
    }

    public String getOmedelbaraAtgarder() {
        return omedelbaraAtgarder;
    }

    public void setOmedelbaraAtgarder(String omedelbaraAtgarder) {
        this.omedelbaraAtgarder = omedelbaraAtgarder;
    }

    public Integer getKonsekvensForPerson() {
        return konsekvensForPerson;
    }

    public void setKonsekvensForPerson(Integer konsekvensForPerson) {
        this.konsekvensForPerson = konsekvensForPerson;
    }

    public String getKategori() {
        return kategori;
    }

    public void setKategori(String kategori) {
        this.kategori = kategori;
    }

    public String getBrukarreferens() {
        return brukarreferens;
    }

    public void setBrukarreferens(String brukarreferens) {
        this.brukarreferens = brukarreferens;
    }

    public boolean isMojligtMissforhallande() {
        return mojligtMissforhallande;
    }

    public void setMojligtMissforhallande(boolean mojligtMissforhallande) {
        this.mojligtMissforhallande = mojligtMissforhallande;
    }
}
