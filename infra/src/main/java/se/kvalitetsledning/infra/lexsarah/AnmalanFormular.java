package se.kvalitetsledning.infra.lexsarah;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** That the anmälan was sent to IVO: the day, and IVO's diarienummer when it is already known. */
public class AnmalanFormular extends HandlaggningFormular {

    @NotNull(message = "Ange dagen anmälan skickades")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate skickad;
    @Size(max = 60, message = "Högst 60 tecken")
    private String diarienummer;

    static AnmalanFormular av(long version, LocalDate idag) {
        AnmalanFormular formular = new AnmalanFormular();
        formular.setVersion(version);
        formular.setSkickad(idag);
        return formular;
    }

    public LocalDate getSkickad() {
        return skickad;
    }

    public void setSkickad(LocalDate skickad) {
        this.skickad = skickad;
    }

    public String getDiarienummer() {
        return diarienummer;
    }

    public void setDiarienummer(String diarienummer) {
        this.diarienummer = diarienummer;
    }
}
