package se.kvalitetsledning.infra.lexsarah;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer;

/** Ledning's assessment: one of the five levels and the reason. A revision starts from the current level. */
public class BedomningFormular extends HandlaggningFormular {

    @NotNull(message = "Välj nivå")
    private Bedomningsniva niva;
    @NotBlank(message = "Motivera bedömningen")
    @Size(max = 4000, message = "Högst 4000 tecken")
    private String motivering;

    static BedomningFormular av(LexSarahDetaljer arende) {
        BedomningFormular formular = new BedomningFormular();
        formular.setVersion(arende.version());
        arende.gallandeBedomning().ifPresent(b -> formular.setNiva(b.niva()));
        return formular;
    }

    public Bedomningsniva getNiva() {
        return niva;
    }

    public void setNiva(Bedomningsniva niva) {
        this.niva = niva;
    }

    public String getMotivering() {
        return motivering;
    }

    public void setMotivering(String motivering) {
        this.motivering = motivering;
    }
}
