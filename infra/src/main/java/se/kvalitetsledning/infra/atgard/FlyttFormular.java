package se.kvalitetsledning.infra.atgard;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** "Flytta förfallodatum": the new date and why. */
public class FlyttFormular extends HandlaggningFormular {

    @NotNull(message = "Ange det nya förfallodatumet")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate till;

    @NotBlank(message = "Skriv varför förfallodatumet flyttas")
    @Size(max = 2000, message = "Högst 2000 tecken")
    private String skal;

    static FlyttFormular av(long version) {
        FlyttFormular formular = new FlyttFormular();
        formular.setVersion(version);
        return formular;
    }

    public LocalDate getTill() {
        return till;
    }

    public void setTill(LocalDate till) {
        this.till = till;
    }

    public String getSkal() {
        return skal;
    }

    public void setSkal(String skal) {
        this.skal = skal;
    }
}
