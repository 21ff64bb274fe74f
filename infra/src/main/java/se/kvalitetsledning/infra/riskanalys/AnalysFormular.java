package se.kvalitetsledning.infra.riskanalys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.kvalitetsledning.riskanalys.Anledning;

/** A new riskanalys: why, the enhet and process, the team (by user name) and the date. */
public class AnalysFormular {

    @NotNull(message = "Välj anledning")
    private Anledning anledning;
    @NotBlank(message = "Välj enhet")
    @Size(max = 60, message = "Högst 60 tecken")
    private String enhet;
    @NotBlank(message = "Ange vilken process eller verksamhet analysen gäller")
    @Size(max = 2000, message = "Högst 2000 tecken")
    private String process;
    private List<String> team = new ArrayList<>();
    @NotNull(message = "Ange datum")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate datum;

    LinkedHashSet<String> teamet() {
        return new LinkedHashSet<>(team);
    }

    public Anledning getAnledning() {
        return anledning;
    }

    public void setAnledning(Anledning anledning) {
        this.anledning = anledning;
    }

    public String getEnhet() {
        return enhet;
    }

    public void setEnhet(String enhet) {
        this.enhet = enhet;
    }

    public String getProcess() {
        return process;
    }

    public void setProcess(String process) {
        this.process = process;
    }

    public List<String> getTeam() {
        return team;
    }

    public void setTeam(List<String> team) {
        this.team = team == null ? new ArrayList<>() : team;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }
}
