package se.kvalitetsledning.infra.avvikelse;

import jakarta.validation.constraints.NotBlank;

import se.kvalitetsledning.avvikelse.AvvikelseDetaljer;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** Who handles the case: a user name from the enhet's handlers. */
public class TilldelningFormular extends HandlaggningFormular {

    @NotBlank(message = "Välj handläggare")
    private String handlaggare;

    static TilldelningFormular av(AvvikelseDetaljer avvikelse) {
        TilldelningFormular formular = new TilldelningFormular();
        formular.setVersion(avvikelse.version());
        formular.setHandlaggare(avvikelse.handlaggare() == null ? null : avvikelse.handlaggare().anvandarnamn());
        return formular;
    }

    public String getHandlaggare() {
        return handlaggare;
    }

    public void setHandlaggare(String handlaggare) {
        this.handlaggare = handlaggare;
    }
}
