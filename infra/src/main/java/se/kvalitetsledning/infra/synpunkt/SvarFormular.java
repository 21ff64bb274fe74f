package se.kvalitetsledning.infra.synpunkt;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** The answer to the sender: what it said, how and the day it was sent (today unless told otherwise). */
public class SvarFormular extends HandlaggningFormular {

    @NotBlank(message = "Skriv vad avsändaren fick för svar")
    @Size(max = 8000, message = "Högst 8000 tecken")
    private String svar;
    @NotBlank(message = "Välj hur svaret skickades")
    @Size(max = 100, message = "Högst 100 tecken")
    private String satt;
    @NotNull(message = "Ange dagen svaret skickades")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate skickat;

    static SvarFormular av(long version, LocalDate idag) {
        SvarFormular formular = new SvarFormular();
        formular.setVersion(version);
        formular.setSkickat(idag);
        return formular;
    }

    public String getSvar() {
        return svar;
    }

    public void setSvar(String svar) {
        this.svar = svar;
    }

    public String getSatt() {
        return satt;
    }

    public void setSatt(String satt) {
        this.satt = satt;
    }

    public LocalDate getSkickat() {
        return skickat;
    }

    public void setSkickat(LocalDate skickat) {
        this.skickat = skickat;
    }
}
