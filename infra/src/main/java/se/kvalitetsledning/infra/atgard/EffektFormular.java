package se.kvalitetsledning.infra.atgard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.atgard.Effektutfall;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** "Utvärdera effekten": what the follow-up found, and what shows it. */
public class EffektFormular extends HandlaggningFormular {

    @NotNull(message = "Välj vad uppföljningen visade")
    private Effektutfall utfall;

    @NotBlank(message = "Beskriv vad som visar effekten")
    @Size(max = 4000, message = "Högst 4000 tecken")
    private String evidens;

    static EffektFormular av(long version) {
        EffektFormular formular = new EffektFormular();
        formular.setVersion(version);
        return formular;
    }

    public Effektutfall getUtfall() {
        return utfall;
    }

    public void setUtfall(Effektutfall utfall) {
        this.utfall = utfall;
    }

    public String getEvidens() {
        return evidens;
    }

    public void setEvidens(String evidens) {
        this.evidens = evidens;
    }
}
