package se.kvalitetsledning.infra.webb;

import jakarta.validation.constraints.NotNull;

/**
 * What every handling form sends: the version of the case the user saw, so a change made meanwhile by someone
 * else is refused instead of overwritten. On its own it is the form of an action without input, such as "Besluta".
 */
public class HandlaggningFormular {

    @NotNull(message = "Sidan saknar version. Ladda om sidan och gör om din ändring.")
    private Long version;

    public static HandlaggningFormular med(long version) {
        HandlaggningFormular formular = new HandlaggningFormular();
        formular.setVersion(version);
        return formular;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
