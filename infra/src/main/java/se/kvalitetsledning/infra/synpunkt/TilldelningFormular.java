package se.kvalitetsledning.infra.synpunkt;

import jakarta.validation.constraints.NotBlank;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/**
 * Who handles the synpunkt, and so in which enhet: one choice {@code <enhet>/<användarnamn>}, since a synpunkt whose
 * enhet is not known gets its enhet with its handler.
 */
public class TilldelningFormular extends HandlaggningFormular {

    private static final char SKILJETECKEN = '/';

    @NotBlank(message = "Välj handläggare")
    private String handlaggare;

    static TilldelningFormular vid(long version) {
        TilldelningFormular formular = new TilldelningFormular();
        formular.setVersion(version);
        return formular;
    }

    /** The value of the choice of a handler in an enhet. */
    static String val(String enhet, String anvandarnamn) {
        return enhet + SKILJETECKEN + anvandarnamn;
    }

    String enhet() {
        int skiljetecken = handlaggare.indexOf(SKILJETECKEN);
        return skiljetecken < 0 ? "" : handlaggare.substring(0, skiljetecken);
    }

    String anvandarnamn() {
        return handlaggare.substring(handlaggare.indexOf(SKILJETECKEN) + 1);
    }

    public String getHandlaggare() {
        return handlaggare;
    }

    public void setHandlaggare(String handlaggare) {
        this.handlaggare = handlaggare;
    }
}
