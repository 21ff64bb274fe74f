package se.kvalitetsledning.infra.lexsarah;

import jakarta.validation.constraints.NotBlank;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer;

/** Who investigates the case: a user name among the enhet's kvalitetssamordnare and handlers. */
public class UtredareFormular extends HandlaggningFormular {

    @NotBlank(message = "Välj utredare")
    private String utredare;

    static UtredareFormular av(LexSarahDetaljer arende) {
        UtredareFormular formular = new UtredareFormular();
        formular.setVersion(arende.version());
        formular.setUtredare(arende.utredare() == null ? null : arende.utredare().anvandarnamn());
        return formular;
    }

    public String getUtredare() {
        return utredare;
    }

    public void setUtredare(String utredare) {
        this.utredare = utredare;
    }
}
