package se.kvalitetsledning.egenkontroll;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * The result of one question over the sample. {@code tillampliga} counts the items it was asked of (its condition
 * held). A Ja / Nej question has {@code andel}, Ja of Ja + Nej (Ej aktuellt, counted in {@code ejAktuellt}, is left
 * out), and its colour, null when the share has no value; a number question has {@code tal}; free text neither.
 */
public record Fragaresultat(
        FragaId fraga,
        Svarstyp svarstyp,
        Kvalitetsomrade kvalitetsomrade,
        int tillampliga,
        int ejAktuellt,
        Andel andel,
        Trafikljus farg,
        Talsammanfattning tal) {

    /** Coloured gul or röd: a finding. */
    public boolean brist() {
        return farg != null && farg.brist();
    }
}
