package se.kvalitetsledning.infra.egenkontroll;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.Mallinnehall;
import se.kvalitetsledning.egenkontroll.Trosklar;
import se.kvalitetsledning.egenkontroll.Villkor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/**
 * A kontrollmall's draft as its form sends it, whole: name, purpose, kvalitetsområden, the traffic light and the
 * questions, with one empty row for a new question. Rows are put in the order of their numbers; a question without
 * an id gets one made from its text.
 */
public class UtkastFormular extends HandlaggningFormular {

    private static final String PROCENT = "Ange 0–100 %";

    @NotBlank(message = "Ange ett namn")
    @Size(max = 200, message = "Högst 200 tecken")
    private String namn;
    @Size(max = 4000, message = "Högst 4000 tecken")
    private String beskrivning;
    private Set<Kvalitetsomrade> kvalitetsomraden = EnumSet.noneOf(Kvalitetsomrade.class);
    @NotNull(message = PROCENT)
    @Min(value = 0, message = PROCENT)
    @Max(value = 100, message = PROCENT)
    private Integer gron;
    @NotNull(message = PROCENT)
    @Min(value = 0, message = PROCENT)
    @Max(value = 100, message = PROCENT)
    private Integer gul;
    private List<Frageformular> fragor = new ArrayList<>();

    static UtkastFormular av(Mallinnehall utkast, long version) {
        UtkastFormular f = new UtkastFormular();
        f.setVersion(version);
        f.namn = utkast.namn();
        f.beskrivning = utkast.beskrivning();
        f.kvalitetsomraden = utkast.kvalitetsomraden().isEmpty() ? EnumSet.noneOf(Kvalitetsomrade.class)
                : EnumSet.copyOf(utkast.kvalitetsomraden());
        f.gron = utkast.trosklar().gron();
        f.gul = utkast.trosklar().gul();
        for (Fraga fraga : utkast.fragor()) {
            f.fragor.add(Frageformular.av(fraga, f.fragor.size() + 1));
        }
        f.fragor.add(Frageformular.ny(f.fragor.size() + 1));
        return f;
    }

    /** The draft, or null when a row is wrong; each fault is an error at its field. */
    Mallinnehall innehall(Errors fel) {
        List<Fraga> valda = new ArrayList<>();
        Set<String> anvanda = new HashSet<>();
        List<Integer> rader = new ArrayList<>();
        for (int i = 0; i < fragor.size(); i++) {
            Frageformular rad = fragor.get(i);
            if (!rad.tom() && !rad.isTaBort()) {
                rader.add(i);
                if (rad.getId() != null) {
                    anvanda.add(rad.getId());
                }
            }
        }
        rader.sort(Comparator.comparing((Integer i) -> fragor.get(i).getOrdning(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        for (int i : rader) {
            Fraga fraga = fraga(fragor.get(i), "fragor[" + i + "].", anvanda, fel);
            if (fraga != null) {
                valda.add(fraga);
            }
        }
        if (fel.hasErrors()) {
            return null;
        }
        return new Mallinnehall(namn, beskrivning, Set.copyOf(kvalitetsomraden), List.copyOf(valda),
                new Trosklar(gron, gul));
    }

    private static Fraga fraga(Frageformular rad, String falt, Set<String> anvanda, Errors fel) {
        String id = rad.getId() != null ? rad.getId() : Fragenyckel.ny(rad.getText(), anvanda);
        anvanda.add(id);
        boolean ratt = true;
        if (!Fragenyckel.giltig(id)) {
            fel.rejectValue(falt + "id", "ogiltig", "Högst 40 tecken: a–z, 0–9 och bindestreck");
            ratt = false;
        }
        if (rad.getText() == null || rad.getText().length() > 500) {
            fel.rejectValue(falt + "text", "ogiltig", "Skriv frågan, högst 500 tecken");
            ratt = false;
        }
        if (rad.getSvarstyp() == null) {
            fel.rejectValue(falt + "svarstyp", "saknas", "Välj hur frågan besvaras");
            ratt = false;
        }
        if (rad.getKvalitetsomrade() == null) {
            fel.rejectValue(falt + "kvalitetsomrade", "saknas", "Välj kvalitetsområde");
            ratt = false;
        }
        if (rad.getVillkor() != null && rad.getVillkorSvar() == null) {
            fel.rejectValue(falt + "villkorSvar", "saknas", "Välj svaret villkoret kräver");
            ratt = false;
        }
        if (!ratt) {
            return null;
        }
        Villkor villkor = rad.getVillkor() == null ? null
                : new Villkor(new FragaId(rad.getVillkor()), rad.getVillkorSvar());
        return new Fraga(new FragaId(id), rad.getText(), rad.getSvarstyp(), villkor, rad.getKvalitetsomrade(),
                rad.isObligatorisk());
    }

    public String getNamn() {
        return namn;
    }

    public void setNamn(String namn) {
        this.namn = namn;
    }

    public String getBeskrivning() {
        return beskrivning;
    }

    public void setBeskrivning(String beskrivning) {
        this.beskrivning = beskrivning;
    }

    public Set<Kvalitetsomrade> getKvalitetsomraden() {
        return kvalitetsomraden;
    }

    public void setKvalitetsomraden(Set<Kvalitetsomrade> kvalitetsomraden) {
        this.kvalitetsomraden = kvalitetsomraden == null ? EnumSet.noneOf(Kvalitetsomrade.class)
                : kvalitetsomraden;
    }

    public Integer getGron() {
        return gron;
    }

    public void setGron(Integer gron) {
        this.gron = gron;
    }

    public Integer getGul() {
        return gul;
    }

    public void setGul(Integer gul) {
        this.gul = gul;
    }

    public List<Frageformular> getFragor() {
        return fragor;
    }

    public void setFragor(List<Frageformular> fragor) {
        this.fragor = fragor;
    }
}
