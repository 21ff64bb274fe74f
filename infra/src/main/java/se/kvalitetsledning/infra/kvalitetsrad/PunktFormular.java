package se.kvalitetsledning.infra.kvalitetsrad;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** Notes on an agenda point; the number of an existing point revises it. */
public class PunktFormular extends HandlaggningFormular {

    @NotNull(message = "Ange punktens nummer")
    @Min(value = 1, message = "Punkterna numreras från 1")
    private Integer nummer;
    @NotBlank(message = "Ange punktens rubrik")
    @Size(max = 200, message = "Högst 200 tecken")
    private String rubrik;
    @Size(max = 8000, message = "Högst 8000 tecken")
    private String anteckning;

    static PunktFormular ny(int nummer, long version) {
        PunktFormular f = new PunktFormular();
        f.nummer = nummer;
        f.setVersion(version);
        return f;
    }

    public Integer getNummer() {
        return nummer;
    }

    public void setNummer(Integer nummer) {
        this.nummer = nummer;
    }

    public String getRubrik() {
        return rubrik;
    }

    public void setRubrik(String rubrik) {
        this.rubrik = rubrik;
    }

    public String getAnteckning() {
        return anteckning;
    }

    public void setAnteckning(String anteckning) {
        this.anteckning = anteckning;
    }
}
