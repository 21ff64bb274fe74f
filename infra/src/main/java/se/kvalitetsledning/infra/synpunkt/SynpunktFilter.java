package se.kvalitetsledning.infra.synpunkt;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.SynpunktStatus;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/**
 * The list's filters as GET parameters, so a filtered list can be bookmarked; {@code enhet} may be
 * {@link se.kvalitetsledning.synpunkt.SynpunktStatistik#UTAN_ENHET} for those whose enhet is not known.
 */
public class SynpunktFilter {

    private String enhet;
    private Synpunktstyp typ;
    private SynpunktStatus status;
    private Kanal kanal;
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate fran;
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate till;
    private boolean oppna;
    private boolean forsenade;

    SynpunktTjanst.Urval tillUrval() {
        return new SynpunktTjanst.Urval(enhet, typ, status, kanal, fran, till, oppna, forsenade);
    }

    public boolean isFiltrerat() {
        return enhet != null || typ != null || status != null || kanal != null || fran != null || till != null
                || oppna || forsenade;
    }

    public String getEnhet() {
        return enhet;
    }

    public void setEnhet(String enhet) {
        this.enhet = enhet;
    }

    public Synpunktstyp getTyp() {
        return typ;
    }

    public void setTyp(Synpunktstyp typ) {
        this.typ = typ;
    }

    public SynpunktStatus getStatus() {
        return status;
    }

    public void setStatus(SynpunktStatus status) {
        this.status = status;
    }

    public Kanal getKanal() {
        return kanal;
    }

    public void setKanal(Kanal kanal) {
        this.kanal = kanal;
    }

    public LocalDate getFran() {
        return fran;
    }

    public void setFran(LocalDate fran) {
        this.fran = fran;
    }

    public LocalDate getTill() {
        return till;
    }

    public void setTill(LocalDate till) {
        this.till = till;
    }

    public boolean isOppna() {
        return oppna;
    }

    public void setOppna(boolean oppna) {
        this.oppna = oppna;
    }

    public boolean isForsenade() {
        return forsenade;
    }

    public void setForsenade(boolean forsenade) {
        this.forsenade = forsenade;
    }
}
