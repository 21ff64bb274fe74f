package se.kvalitetsledning.infra.kvalitetsberattelse;

import jakarta.validation.constraints.Size;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;
import se.kvalitetsledning.kvalitetsberattelse.Avsnitt;

/** The narrative of one section; the section comes from the address, so the page knows which form it was. */
public class AvsnittFormular extends HandlaggningFormular {

    private Avsnitt avsnitt;
    @Size(max = 20000, message = "Högst 20000 tecken")
    private String text;

    public Avsnitt getAvsnitt() {
        return avsnitt;
    }

    public void setAvsnitt(Avsnitt avsnitt) {
        this.avsnitt = avsnitt;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
