package se.kvalitetsledning.infra.lexsarah;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** A supplement sent to IVO after the anmälan: what it says and the day it was sent. */
public class KompletteringFormular extends HandlaggningFormular {

    @NotBlank(message = "Skriv kompletteringen")
    @Size(max = 8000, message = "Högst 8000 tecken")
    private String text;
    @NotNull(message = "Ange dagen kompletteringen skickades")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate skickad;

    static KompletteringFormular av(long version, LocalDate idag) {
        KompletteringFormular formular = new KompletteringFormular();
        formular.setVersion(version);
        formular.setSkickad(idag);
        return formular;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getSkickad() {
        return skickad;
    }

    public void setSkickad(LocalDate skickad) {
        this.skickad = skickad;
    }
}
