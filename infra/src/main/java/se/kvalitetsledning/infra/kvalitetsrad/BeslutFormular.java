package se.kvalitetsledning.infra.kvalitetsrad;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;

import se.kvalitetsledning.atgard.Atgardstyp;
import se.kvalitetsledning.atgard.Prioritet;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/**
 * A decision and, when {@code medAtgard}, the åtgärd it puts in the backlog. {@code beslut} is chosen when the form
 * is shown, so sending the same form twice records one decision.
 */
public class BeslutFormular extends HandlaggningFormular {

    @NotNull(message = "Ladda om sidan och gör om beslutet")
    @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            message = "Ladda om sidan och gör om beslutet")
    private String beslut;
    @NotBlank(message = "Skriv beslutet")
    @Size(max = 4000, message = "Högst 4000 tecken")
    private String text;
    private boolean medAtgard;
    @Size(max = 200, message = "Högst 200 tecken")
    private String titel;
    private Atgardstyp typ;
    @Size(max = 60, message = "Välj enhet i listan")
    private String enhet;
    @Size(max = 100, message = "Välj ägare i listan")
    private String agare;
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate forfallodatum;
    private Prioritet prioritet;

    static BeslutFormular nytt(long version) {
        BeslutFormular f = new BeslutFormular();
        f.beslut = UUID.randomUUID().toString();
        f.prioritet = Prioritet.MEDEL;
        f.typ = Atgardstyp.FORBATTRANDE;
        f.setVersion(version);
        return f;
    }

    /** The åtgärd's fields are required only when the decision creates one. */
    void kontrollera(BindingResult fel) {
        if (!medAtgard) {
            return;
        }
        krav(fel, StringUtils.hasText(titel), "titel", "Ange åtgärdens titel");
        krav(fel, typ != null, "typ", "Välj typ");
        krav(fel, StringUtils.hasText(enhet), "enhet", "Välj enhet");
        krav(fel, StringUtils.hasText(agare), "agare", "Välj ägare");
        krav(fel, forfallodatum != null, "forfallodatum", "Ange förfallodatum");
        krav(fel, prioritet != null, "prioritet", "Välj prioritet");
    }

    private static void krav(BindingResult fel, boolean uppfyllt, String falt, String meddelande) {
        if (!uppfyllt && !fel.hasFieldErrors(falt)) {
            fel.rejectValue(falt, "saknas", meddelande);
        }
    }

    Beslutsatgard atgard() {
        return medAtgard ? new Beslutsatgard(titel.strip(), typ, Set.of(), Set.of(enhet), agare, forfallodatum,
                prioritet) : null;
    }

    public String getBeslut() {
        return beslut;
    }

    public void setBeslut(String beslut) {
        this.beslut = beslut;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isMedAtgard() {
        return medAtgard;
    }

    public void setMedAtgard(boolean medAtgard) {
        this.medAtgard = medAtgard;
    }

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }

    public Atgardstyp getTyp() {
        return typ;
    }

    public void setTyp(Atgardstyp typ) {
        this.typ = typ;
    }

    public String getEnhet() {
        return enhet;
    }

    public void setEnhet(String enhet) {
        this.enhet = enhet;
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
}
