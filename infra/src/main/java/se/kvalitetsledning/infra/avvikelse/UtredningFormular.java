package se.kvalitetsledning.infra.avvikelse;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.avvikelse.AvvikelseDetaljer;
import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** The investigation: cause areas, underlying causes and the analysis in the handler's words. */
public class UtredningFormular extends HandlaggningFormular {

    @NotEmpty(message = "Välj minst ett orsaksområde")
    private Set<Orsaksomrade> orsaksomraden = new LinkedHashSet<>();
    private Set<BakomliggandeOrsak> bakomliggandeOrsaker = new LinkedHashSet<>();
    @NotBlank(message = "Skriv en analys: vad hände och varför")
    @Size(max = 8000, message = "Högst 8000 tecken")
    private String analys;

    static UtredningFormular av(AvvikelseDetaljer avvikelse) {
        UtredningFormular formular = new UtredningFormular();
        formular.setVersion(avvikelse.version());
        AvvikelseDetaljer.Utredning u = avvikelse.utredning();
        if (u != null) {
            formular.setOrsaksomraden(new LinkedHashSet<>(u.orsaksomraden()));
            if (u.bakomliggandeOrsaker() != null) {
                formular.setBakomliggandeOrsaker(new LinkedHashSet<>(u.bakomliggandeOrsaker()));
            }
            formular.setAnalys(u.analys());
        }
        return formular;
    }

    public Set<Orsaksomrade> getOrsaksomraden() {
        return orsaksomraden;
    }

    public void setOrsaksomraden(Set<Orsaksomrade> orsaksomraden) {
        this.orsaksomraden = orsaksomraden == null ? new LinkedHashSet<>() : orsaksomraden;
    }

    public Set<BakomliggandeOrsak> getBakomliggandeOrsaker() {
        return bakomliggandeOrsaker;
    }

    public void setBakomliggandeOrsaker(Set<BakomliggandeOrsak> bakomliggandeOrsaker) {
        this.bakomliggandeOrsaker = bakomliggandeOrsaker == null ? new LinkedHashSet<>() : bakomliggandeOrsaker;
    }

    public String getAnalys() {
        return analys;
    }

    public void setAnalys(String analys) {
        this.analys = analys;
    }
}
