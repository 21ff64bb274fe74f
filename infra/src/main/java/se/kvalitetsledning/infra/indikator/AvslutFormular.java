package se.kvalitetsledning.infra.indikator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** Why the goal is no longer followed. */
public class AvslutFormular extends HandlaggningFormular {

    @NotBlank(message = "Skriv varför indikatorn inte längre följs")
    @Size(max = 1000, message = "Högst 1000 tecken")
    private String skal;

    static AvslutFormular ny(long version) {
        AvslutFormular f = new AvslutFormular();
        f.setVersion(version);
        return f;
    }

    public String getSkal() {
        return skal;
    }

    public void setSkal(String skal) {
        this.skal = skal;
    }
}
