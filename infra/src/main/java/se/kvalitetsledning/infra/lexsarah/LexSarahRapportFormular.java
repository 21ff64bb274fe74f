package se.kvalitetsledning.infra.lexsarah;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.lexsarah.Handelsetyp;
import se.kvalitetsledning.lexsarah.LexSarahId;

/**
 * The form behind "Rapportera missförhållande". The fields carry the names of {@link NyLexSarahRapport}, so its
 * rules and the service's refusals report against the field the user filled in. The oral part counts only when
 * {@code muntlig} is ticked.
 */
public class LexSarahRapportFormular {

    /** The order of the fields on the page, which is the order of the error summary. */
    static final List<String> FALT = List.of("enhet", "intraffade", "beskrivning", "brukarreferens", "handelsetyper",
            "barnBerort", "omedelbaraAtgarder", "muntlig", "rapportorNamn", "rapportorAnvandarnamn", "mottagen");

    private String id = LexSarahId.nytt().toString();
    private String enhet;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"})
    private LocalDateTime intraffade;
    private String beskrivning;
    private String brukarreferens;
    private Set<Handelsetyp> handelsetyper = new LinkedHashSet<>();
    private boolean barnBerort;
    private String omedelbaraAtgarder;
    private boolean muntlig;
    private String rapportorNamn;
    private String rapportorAnvandarnamn;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"})
    private LocalDateTime mottagen;

    NyLexSarahRapport tillNyRapport() {
        return new NyLexSarahRapport(id, enhet, intraffade, muntlig ? mottagen : null, beskrivning, brukarreferens,
                handelsetyper, barnBerort, omedelbaraAtgarder, muntlig, muntlig ? rapportorNamn : null,
                muntlig ? rapportorAnvandarnamn : null);
    }

    /** The field an aggregate rule's message is about, so it is shown next to that field. */
    static String faltForRegel(String meddelande) {
        String text = meddelande == null ? "" : meddelande.toLowerCase(Locale.ROOT);
        if (text.contains("personnummer") || text.contains("brukarreferens")) {
            return "brukarreferens";
        }
        if (text.contains("togs emot") && text.contains("framtiden")) {
            return "mottagen";
        }
        if (text.contains("inträffat") || text.contains("hänt")) {
            return "intraffade";
        }
        if (text.contains("muntlig")) {
            return "rapportorNamn";
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

    public String getBeskrivning() {
        return beskrivning;
    }

    public void setBeskrivning(String beskrivning) {
        this.beskrivning = beskrivning;
    }

    public String getBrukarreferens() {
        return brukarreferens;
    }

    public void setBrukarreferens(String brukarreferens) {
        this.brukarreferens = brukarreferens;
    }

    public Set<Handelsetyp> getHandelsetyper() {
        return handelsetyper;
    }

    public void setHandelsetyper(Set<Handelsetyp> handelsetyper) {
        this.handelsetyper = handelsetyper == null ? new LinkedHashSet<>() : handelsetyper;
    }

    public boolean isBarnBerort() {
        return barnBerort;
    }

    public void setBarnBerort(boolean barnBerort) {
        this.barnBerort = barnBerort;
    }

    public String getOmedelbaraAtgarder() {
        return omedelbaraAtgarder;
    }

    public void setOmedelbaraAtgarder(String omedelbaraAtgarder) {
        this.omedelbaraAtgarder = omedelbaraAtgarder;
    }

    public boolean isMuntlig() {
        return muntlig;
    }

    public void setMuntlig(boolean muntlig) {
        this.muntlig = muntlig;
    }

    public String getRapportorNamn() {
        return rapportorNamn;
    }

    public void setRapportorNamn(String rapportorNamn) {
        this.rapportorNamn = rapportorNamn;
    }

    public String getRapportorAnvandarnamn() {
        return rapportorAnvandarnamn;
    }

    public void setRapportorAnvandarnamn(String rapportorAnvandarnamn) {
        this.rapportorAnvandarnamn = rapportorAnvandarnamn;
    }

    public LocalDateTime getMottagen() {
        return mottagen;
    }

    public void setMottagen(LocalDateTime mottagen) {
        this.mottagen = mottagen;
    }
}
