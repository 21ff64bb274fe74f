package se.kvalitetsledning.egenkontroll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What keeps a draft from being published: no questions, a question id used twice, a condition that does not point
 * to an earlier Ja / Nej question (so conditions never form a loop and are settled in question order), thresholds
 * outside 0–100 % or gul above grön.
 */
public final class Mallgranskning {

    private Mallgranskning() {
    }

    /** The faults in Swedish, in question order; empty when the draft can be published. */
    public static List<String> fel(Mallinnehall utkast) {
        List<String> fel = new ArrayList<>();
        if (utkast.fragor().isEmpty()) {
            fel.add("Mallen har inga frågor");
        }
        Map<FragaId, Fraga> tidigare = new HashMap<>();
        for (Fraga fraga : utkast.fragor()) {
            if (tidigare.containsKey(fraga.id())) {
                fel.add("Fråge-id " + fraga.id() + " används två gånger");
            }
            if (fraga.villkor() != null) {
                Fraga villkorsfraga = tidigare.get(fraga.villkor().fraga());
                if (villkorsfraga == null) {
                    fel.add("Villkoret i fråga " + fraga.id() + " pekar inte på en tidigare fråga");
                } else if (villkorsfraga.svarstyp() != Svarstyp.JA_NEJ_EJ_AKTUELLT) {
                    fel.add("Villkoret i fråga " + fraga.id() + " pekar på en fråga som inte besvaras med Ja / Nej");
                }
            }
            tidigare.putIfAbsent(fraga.id(), fraga);
        }
        Trosklar trosklar = utkast.trosklar();
        if (utanfor(trosklar.gron()) || utanfor(trosklar.gul())) {
            fel.add("Trösklarna ska vara 0–100 %");
        } else if (trosklar.gul() > trosklar.gron()) {
            fel.add("Tröskeln för gul får inte vara högre än den för grön");
        }
        return fel;
    }

    private static boolean utanfor(int procent) {
        return procent < 0 || procent > 100;
    }
}
