package se.kvalitetsledning.infra.atgard;

import org.springframework.web.util.UriComponentsBuilder;

import se.kvalitetsledning.atgard.AtgardStatus;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * The board's filters as GET parameters, and which view shows them: the board by status, or the list
 * ({@code vy=lista}). The export takes the same parameters.
 */
public class TavlaFilter {

    static final String LISTA = "lista";

    private String enhet;
    private String agare;
    private Kvalitetsomrade kvalitetsomrade;
    private Kalltyp kalltyp;
    private AtgardStatus status;
    private boolean forsenade;
    private String vy;

    AtgardTjanst.Filter tillFilter() {
        return new AtgardTjanst.Filter(enhet, agare, kvalitetsomrade, kalltyp, status, forsenade);
    }

    public boolean isLista() {
        return LISTA.equals(vy);
    }

    public boolean isFiltrerat() {
        return enhet != null || agare != null || kvalitetsomrade != null || kalltyp != null || status != null
                || forsenade;
    }

    /** This page with the same filters in the given view ({@code null}: the board). */
    public String lank(String iVy) {
        return adress("/atgarder", iVy);
    }

    /** The export of what the filters select. */
    public String exportlank() {
        return adress("/atgarder/export.xlsx", null);
    }

    private String adress(String sokvag, String iVy) {
        UriComponentsBuilder lank = UriComponentsBuilder.fromPath(sokvag);
        parameter(lank, "enhet", enhet);
        parameter(lank, "agare", agare);
        parameter(lank, "kvalitetsomrade", kvalitetsomrade);
        parameter(lank, "kalltyp", kalltyp);
        parameter(lank, "status", status);
        parameter(lank, "forsenade", forsenade ? "true" : null);
        parameter(lank, "vy", iVy);
        return lank.encode().build().toUriString();
    }

    private static void parameter(UriComponentsBuilder lank, String namn, Object varde) {
        if (varde != null) {
            lank.queryParam(namn, varde instanceof Enum<?> e ? e.name() : varde);
        }
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

    public Kvalitetsomrade getKvalitetsomrade() {
        return kvalitetsomrade;
    }

    public void setKvalitetsomrade(Kvalitetsomrade kvalitetsomrade) {
        this.kvalitetsomrade = kvalitetsomrade;
    }

    public Kalltyp getKalltyp() {
        return kalltyp;
    }

    public void setKalltyp(Kalltyp kalltyp) {
        this.kalltyp = kalltyp;
    }

    public AtgardStatus getStatus() {
        return status;
    }

    public void setStatus(AtgardStatus status) {
        this.status = status;
    }

    public boolean isForsenade() {
        return forsenade;
    }

    public void setForsenade(boolean forsenade) {
        this.forsenade = forsenade;
    }

    public String getVy() {
        return vy;
    }

    public void setVy(String vy) {
        this.vy = vy;
    }
}
