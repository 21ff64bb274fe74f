package se.kvalitetsledning.infra.avvikelse;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

import se.kvalitetsledning.avvikelse.AvvikelseStatus;
import se.kvalitetsledning.gemensamt.Riskfarg;

/** The filters of the handler list, as GET parameters; {@code sida} counts from 1 as people do. */
public class FilterFormular {

    private String enhet;
    private AvvikelseStatus status;
    private String kategori;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fran;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate till;
    private Riskfarg riskfarg;
    private String text;
    private Integer sida;

    private static final Map<String, String> ETIKETTER = Map.of("enhet", "Enhet", "status", "Status",
            "kategori", "Kategori", "riskfarg", "Risk", "fran", "Hände från och med", "till", "Hände till och med",
            "text", "Sök i text", "sida", "Sida");

    /** A period that ends before it starts is reported, and its end is not used. */
    void kontrollera(Errors fel) {
        if (fran != null && till != null && till.isBefore(fran)) {
            fel.rejectValue("till", "fore", "Till-datumet ska vara samma som eller efter från-datumet");
            till = null;
        }
    }

    /** The label of a filter field, for messages shown away from the field. */
    static String etikett(String falt) {
        return ETIKETTER.getOrDefault(falt, falt);
    }

    /** The page index of the query, from 0. */
    int sidindex() {
        return sidindex(sida);
    }

    /** The page index, from 0, of a page number as links give it (from 1); a missing or bad one is the first. */
    static int sidindex(Integer sidnummer) {
        return sidnummer == null || sidnummer < 1 ? 0 : Math.min(sidnummer, 100_000) - 1;
    }

    /** The list's address with these filters and the given page (from 1), for paging links. */
    public String lank(int sidnummer) {
        UriComponentsBuilder lank = UriComponentsBuilder.fromPath("/avvikelser");
        parameter(lank, "enhet", enhet);
        parameter(lank, "status", status == null ? null : status.name());
        parameter(lank, "kategori", kategori);
        parameter(lank, "fran", fran);
        parameter(lank, "till", till);
        parameter(lank, "riskfarg", riskfarg == null ? null : riskfarg.name());
        parameter(lank, "text", text);
        if (sidnummer > 1) {
            lank.queryParam("sida", sidnummer);
        }
        return lank.encode().build().toUriString();
    }

    public boolean isFiltrerat() {
        return enhet != null || status != null || kategori != null || fran != null || till != null
                || riskfarg != null || text != null;
    }

    private static void parameter(UriComponentsBuilder lank, String namn, Object varde) {
        if (varde != null) {
            lank.queryParam(namn, varde);
        }
    }

    public String getEnhet() {
        return enhet;
    }

    public void setEnhet(String enhet) {
        this.enhet = enhet;
    }

    public AvvikelseStatus getStatus() {
        return status;
    }

    public void setStatus(AvvikelseStatus status) {
        this.status = status;
    }

    public String getKategori() {
        return kategori;
    }

    public void setKategori(String kategori) {
        this.kategori = kategori;
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

    public Riskfarg getRiskfarg() {
        return riskfarg;
    }

    public void setRiskfarg(Riskfarg riskfarg) {
        this.riskfarg = riskfarg;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getSida() {
        return sida;
    }

    public void setSida(Integer sida) {
        this.sida = sida;
    }
}
