package se.kvalitetsledning.infra.lexsarah;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.lexsarah.Handelsetyp;
import se.kvalitetsledning.lexsarah.Informationsstatus;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer;
import se.kvalitetsledning.lexsarah.LexSarahUtredning;
import se.kvalitetsledning.lexsarah.Polisanmalan;

/**
 * The investigation, every field of {@link LexSarahUtredning}: filled with the current one, or before there is one
 * with the rapport's event types and whether a child is concerned.
 */
public class LexSarahUtredningFormular extends HandlaggningFormular {

    /** The order of the fields on the page, which is the order of the error summary. */
    static final List<String> FALT = List.of("version", "handelsetyper", "vadHande", "orsaksomraden",
            "bakomliggandeOrsaker", "varfor", "forhindraUpprepning", "denEnskildeInformerad",
            "godManForvaltareInformerad", "narstaendeInformerade", "dokumenteradIPersonakt", "polisanmalan",
            "barnBerort", "barnperspektiv");
    private static final String HOGST_8000 = "Högst 8000 tecken";

    @NotEmpty(message = "Välj minst en händelsetyp")
    private Set<Handelsetyp> handelsetyper = new LinkedHashSet<>();
    @NotBlank(message = "Beskriv vad som hände")
    @Size(max = 8000, message = HOGST_8000)
    private String vadHande;
    @NotEmpty(message = "Välj minst ett orsaksområde")
    private Set<Orsaksomrade> orsaksomraden = new LinkedHashSet<>();
    private Set<BakomliggandeOrsak> bakomliggandeOrsaker = new LinkedHashSet<>();
    @NotBlank(message = "Beskriv varför det hände")
    @Size(max = 8000, message = HOGST_8000)
    private String varfor;
    @NotBlank(message = "Beskriv vad som förhindrar att det händer igen")
    @Size(max = 8000, message = HOGST_8000)
    private String forhindraUpprepning;
    @NotNull(message = "Ange om den enskilde har informerats")
    private Informationsstatus denEnskildeInformerad;
    @NotNull(message = "Ange om god man eller förvaltare har informerats")
    private Informationsstatus godManForvaltareInformerad;
    @NotNull(message = "Ange om närstående har informerats")
    private Informationsstatus narstaendeInformerade;
    private boolean dokumenteradIPersonakt;
    @NotNull(message = "Ange om polisanmälan behövs")
    private Polisanmalan polisanmalan;
    private boolean barnBerort;
    @Size(max = 4000, message = "Högst 4000 tecken")
    private String barnperspektiv;

    static LexSarahUtredningFormular av(LexSarahDetaljer arende) {
        LexSarahUtredningFormular f = new LexSarahUtredningFormular();
        f.setVersion(arende.version());
        LexSarahUtredning u = arende.utredning();
        if (u == null) {
            f.setHandelsetyper(new LinkedHashSet<>(arende.handelsetyper()));
            f.setBarnBerort(arende.barnBerort());
            return f;
        }
        f.setHandelsetyper(new LinkedHashSet<>(u.handelsetyper()));
        f.setVadHande(u.vadHande());
        f.setOrsaksomraden(new LinkedHashSet<>(u.orsaksomraden()));
        f.setBakomliggandeOrsaker(new LinkedHashSet<>(u.bakomliggandeOrsaker()));
        f.setVarfor(u.varfor());
        f.setForhindraUpprepning(u.forhindraUpprepning());
        f.setDenEnskildeInformerad(u.denEnskildeInformerad());
        f.setGodManForvaltareInformerad(u.godManForvaltareInformerad());
        f.setNarstaendeInformerade(u.narstaendeInformerade());
        f.setDokumenteradIPersonakt(u.dokumenteradIPersonakt());
        f.setPolisanmalan(u.polisanmalan());
        f.setBarnBerort(u.barnBerort());
        f.setBarnperspektiv(u.barnperspektiv());
        return f;
    }

    LexSarahUtredning tillUtredning() {
        return new LexSarahUtredning(handelsetyper, vadHande, orsaksomraden, bakomliggandeOrsaker, varfor,
                forhindraUpprepning, denEnskildeInformerad, godManForvaltareInformerad, narstaendeInformerade,
                dokumenteradIPersonakt, polisanmalan, barnBerort, barnperspektiv);
    }

    /** The rule the aggregate keeps too, checked here so the message stands next to the field, last as on the page. */
    LexSarahUtredningFormular kravBarnperspektiv(Errors fel) {
        boolean saknas = barnperspektiv == null || barnperspektiv.isBlank();
        if (barnBerort && saknas && !fel.hasFieldErrors("barnperspektiv")) {
            fel.rejectValue("barnperspektiv", "NotBlank", "Beskriv barnperspektivet när ett barn berörs");
        }
        return this;
    }

    public Set<Handelsetyp> getHandelsetyper() {
        return handelsetyper;
    }

    public void setHandelsetyper(Set<Handelsetyp> handelsetyper) {
        this.handelsetyper = handelsetyper == null ? new LinkedHashSet<>() : handelsetyper;
    }

    public String getVadHande() {
        return vadHande;
    }

    public void setVadHande(String vadHande) {
        this.vadHande = vadHande;
    }

    public Set<Orsaksomrade> getOrsaksomraden() {
        return orsaksomraden;
    }

    public void setOrsaksomraden(Set<Orsaksomrade> orsaksomraden) {
        this.orsaksomraden = orsaksomraden == null ? new LinkedHashSet<>() : orsaksomraden;
    }

    public Set<BakomliggandeOrsak> getBakomliggandeOrsaker() {
        return bakomliggandeOrsaker;
    }

    public void setBakomliggandeOrsaker(Set<BakomliggandeOrsak> bakomliggandeOrsaker) {
        this.bakomliggandeOrsaker = bakomliggandeOrsaker == null ? new LinkedHashSet<>() : bakomliggandeOrsaker;
    }

    public String getVarfor() {
        return varfor;
    }

    public void setVarfor(String varfor) {
        this.varfor = varfor;
    }

    public String getForhindraUpprepning() {
        return forhindraUpprepning;
    }

    public void setForhindraUpprepning(String forhindraUpprepning) {
        this.forhindraUpprepning = forhindraUpprepning;
    }

    public Informationsstatus getDenEnskildeInformerad() {
        return denEnskildeInformerad;
    }

    public void setDenEnskildeInformerad(Informationsstatus denEnskildeInformerad) {
        this.denEnskildeInformerad = denEnskildeInformerad;
    }

    public Informationsstatus getGodManForvaltareInformerad() {
        return godManForvaltareInformerad;
    }

    public void setGodManForvaltareInformerad(Informationsstatus godManForvaltareInformerad) {
        this.godManForvaltareInformerad = godManForvaltareInformerad;
    }

    public Informationsstatus getNarstaendeInformerade() {
        return narstaendeInformerade;
    }

    public void setNarstaendeInformerade(Informationsstatus narstaendeInformerade) {
        this.narstaendeInformerade = narstaendeInformerade;
    }

    public boolean isDokumenteradIPersonakt() {
        return dokumenteradIPersonakt;
    }

    public void setDokumenteradIPersonakt(boolean dokumenteradIPersonakt) {
        this.dokumenteradIPersonakt = dokumenteradIPersonakt;
    }

    public Polisanmalan getPolisanmalan() {
        return polisanmalan;
    }

    public void setPolisanmalan(Polisanmalan polisanmalan) {
        this.polisanmalan = polisanmalan;
    }

    public boolean isBarnBerort() {
        return barnBerort;
    }

    public void setBarnBerort(boolean barnBerort) {
        this.barnBerort = barnBerort;
    }

    public String getBarnperspektiv() {
        return barnperspektiv;
    }

    public void setBarnperspektiv(String barnperspektiv) {
        this.barnperspektiv = barnperspektiv;
    }
}
