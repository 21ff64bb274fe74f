package se.kvalitetsledning.infra.demodata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data on an empty store: {@code aktiv} defaults to on for the embedded store and off for a real MongoDB;
 * {@code antalAvvikelser} over the last year, reproducible from {@code fro}.
 */
@ConfigurationProperties("kvalitetsledning.demodata")
public record DemodataEgenskaper(Boolean aktiv, Integer antalAvvikelser, Long fro) {

    public DemodataEgenskaper {
        antalAvvikelser = antalAvvikelser == null ? 240 : antalAvvikelser;
        fro = fro == null ? 20261126L : fro;
    }

    boolean aktiv(boolean inbyggdLagring) {
        return aktiv == null ? inbyggdLagring : aktiv;
    }
}
