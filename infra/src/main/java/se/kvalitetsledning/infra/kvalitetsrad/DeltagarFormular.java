package se.kvalitetsledning.infra.kvalitetsrad;

import java.util.List;

import jakarta.validation.constraints.Size;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** Who took part, one per line. */
public class DeltagarFormular extends HandlaggningFormular {

    @Size(max = 8000, message = "Högst 8000 tecken")
    private String deltagare;

    static DeltagarFormular av(List<String> deltagare, long version) {
        DeltagarFormular f = new DeltagarFormular();
        f.deltagare = String.join("\n", deltagare);
        f.setVersion(version);
        return f;
    }

    public String getDeltagare() {
        return deltagare;
    }

    public void setDeltagare(String deltagare) {
        this.deltagare = deltagare;
    }
}
