package se.kvalitetsledning.infra.egenkontroll;

import org.springframework.util.StringUtils;

import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.Svarsalternativ;
import se.kvalitetsledning.egenkontroll.Svarstyp;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/** One question of a draft as its form row sends it; a row without id and text is an unused new-question row. */
public class Frageformular {

    private Integer ordning;
    private String id;
    private String text;
    private Svarstyp svarstyp;
    private String villkor;
    private Svarsalternativ villkorSvar;
    private Kvalitetsomrade kvalitetsomrade;
    private boolean obligatorisk;
    private boolean taBort;

    static Frageformular av(Fraga fraga, int ordning) {
        Frageformular f = new Frageformular();
        f.ordning = ordning;
        f.id = fraga.id().value();
        f.text = fraga.text();
        f.svarstyp = fraga.svarstyp();
        if (fraga.villkor() != null) {
            f.villkor = fraga.villkor().fraga().value();
            f.villkorSvar = fraga.villkor().svar();
        }
        f.kvalitetsomrade = fraga.kvalitetsomrade();
        f.obligatorisk = fraga.obligatorisk();
        return f;
    }

    /** A new, empty row: by default a required Ja / Nej / Ej aktuellt question, last. */
    static Frageformular ny(int ordning) {
        Frageformular f = new Frageformular();
        f.ordning = ordning;
        f.svarstyp = Svarstyp.JA_NEJ_EJ_AKTUELLT;
        f.obligatorisk = true;
        return f;
    }

    boolean tom() {
        return !StringUtils.hasText(id) && !StringUtils.hasText(text);
    }

    public Integer getOrdning() {
        return ordning;
    }

    public void setOrdning(Integer ordning) {
        this.ordning = ordning;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Svarstyp getSvarstyp() {
        return svarstyp;
    }

    public void setSvarstyp(Svarstyp svarstyp) {
        this.svarstyp = svarstyp;
    }

    public String getVillkor() {
        return villkor;
    }

    public void setVillkor(String villkor) {
        this.villkor = villkor;
    }

    public Svarsalternativ getVillkorSvar() {
        return villkorSvar;
    }

    public void setVillkorSvar(Svarsalternativ villkorSvar) {
        this.villkorSvar = villkorSvar;
    }

    public Kvalitetsomrade getKvalitetsomrade() {
        return kvalitetsomrade;
    }

    public void setKvalitetsomrade(Kvalitetsomrade kvalitetsomrade) {
        this.kvalitetsomrade = kvalitetsomrade;
    }

    public boolean isObligatorisk() {
        return obligatorisk;
    }

    public void setObligatorisk(boolean obligatorisk) {
        this.obligatorisk = obligatorisk;
    }

    public boolean isTaBort() {
        return taBort;
    }

    public void setTaBort(boolean taBort) {
        this.taBort = taBort;
    }
}
