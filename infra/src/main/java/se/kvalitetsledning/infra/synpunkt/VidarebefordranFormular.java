package se.kvalitetsledning.infra.synpunkt;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** Where the synpunkt goes instead, and what the sender is told about it. */
public class VidarebefordranFormular extends HandlaggningFormular {

    @NotBlank(message = "Ange vart synpunkten skickas")
    @Size(max = 200, message = "Högst 200 tecken")
    private String mottagare;
    @NotBlank(message = "Skriv vad avsändaren får veta")
    @Size(max = 4000, message = "Högst 4000 tecken")
    private String meddelande;

    static VidarebefordranFormular vid(long version) {
        VidarebefordranFormular formular = new VidarebefordranFormular();
        formular.setVersion(version);
        return formular;
    }

    public String getMottagare() {
        return mottagare;
    }

    public void setMottagare(String mottagare) {
        this.mottagare = mottagare;
    }

    public String getMeddelande() {
        return meddelande;
    }

    public void setMeddelande(String meddelande) {
        this.meddelande = meddelande;
    }
}
