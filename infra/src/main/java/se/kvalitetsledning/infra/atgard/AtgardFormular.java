package se.kvalitetsledning.infra.atgard;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.Atgardstyp;
import se.kvalitetsledning.atgard.Prioritet;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * The form behind "Ny åtgärd". The fields carry the names of {@link NyAtgard}, so its rules and the service's
 * refusals report against the field the user filled in; {@code kalla} is the case it comes from, if any.
 */
public class AtgardFormular {

    /** The order of the fields on the page, which is the order of the error summary. */
    static final List<String> FALT = List.of("titel", "beskrivning", "typ", "kvalitetsomraden", "enheter", "agare",
            "forfallodatum", "prioritet", "forvantadEffekt", "matning");

    private String id = AtgardId.nytt().toString();
    private String kalla;
    private String titel;
    private String beskrivning;
    private Atgardstyp typ;
    private Set<Kvalitetsomrade> kvalitetsomraden = new LinkedHashSet<>();
    private Set<String> enheter = new LinkedHashSet<>();
    private String agare;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate forfallodatum;
    private Prioritet prioritet = Prioritet.MEDEL;
    private String forvantadEffekt;
    private String matning;

    /** Empty choices (a blank value posted by hand) are no choices. */
    NyAtgard tillNyAtgard(List<NyAtgard.Kallhanvisning> kallor) {
        return new NyAtgard(id, titel, beskrivning, typ,
                kvalitetsomraden.stream().filter(Objects::nonNull).collect(Collectors.toSet()),
                enheter.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)),
                agare, forfallodatum, forvantadEffekt, matning, prioritet, kallor);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKalla() {
        return kalla;
    }

    public void setKalla(String kalla) {
        this.kalla = kalla;
    }

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }

    public String getBeskrivning() {
        return beskrivning;
    }

    public void setBeskrivning(String beskrivning) {
        this.beskrivning = beskrivning;
    }

    public Atgardstyp getTyp() {
        return typ;
    }

    public void setTyp(Atgardstyp typ) {
        this.typ = typ;
    }

    public Set<Kvalitetsomrade> getKvalitetsomraden() {
        return kvalitetsomraden;
    }

    public void setKvalitetsomraden(Set<Kvalitetsomrade> kvalitetsomraden) {
        this.kvalitetsomraden = kvalitetsomraden == null ? new LinkedHashSet<>() : kvalitetsomraden;
    }

    public Set<String> getEnheter() {
        return enheter;
    }

    public void setEnheter(Set<String> enheter) {
        this.enheter = enheter == null ? new LinkedHashSet<>() : enheter;
    }

    public String getAgare() {
        return agare;
    }

    public void setAgare(String agare) {
        this.agare = agare;
    }

    public LocalDate getForfallodatum() {
        return forfallodatum;
    }

    public void setForfallodatum(LocalDate forfallodatum) {
        this.forfallodatum = forfallodatum;
    }

    public Prioritet getPrioritet() {
        return prioritet;
    }

    public void setPrioritet(Prioritet prioritet) {
        this.prioritet = prioritet;
    }

    public String getForvantadEffekt() {
        return forvantadEffekt;
    }

    public void setForvantadEffekt(String forvantadEffekt) {
        this.forvantadEffekt = forvantadEffekt;
    }

    public String getMatning() {
        return matning;
    }

    public void setMatning(String matning) {
        this.matning = matning;
    }
}
