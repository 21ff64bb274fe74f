package se.kvalitetsledning.infra.lexsarah;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.kvalitetsledning.lexsarah.Fristregler;

/**
 * The lex Sarah service levels and how often passed deadlines are looked for. The law says "snarast" for the anmälan
 * to IVO and sets no number of days: {@code anmalanDagar} is the provider's own rule.
 */
@ConfigurationProperties("kvalitetsledning.lex-sarah")
public record LexSarahEgenskaper(Integer omedelbaraAtgarderDagar, Integer utredningArbetsdagar, Integer anmalanDagar,
                                 Duration fristbevakning) {

    public LexSarahEgenskaper {
        omedelbaraAtgarderDagar = omedelbaraAtgarderDagar == null
                ? Fristregler.STANDARD.omedelbaraAtgarderDagar() : omedelbaraAtgarderDagar;
        utredningArbetsdagar = utredningArbetsdagar == null
                ? Fristregler.STANDARD.utredningArbetsdagar() : utredningArbetsdagar;
        anmalanDagar = anmalanDagar == null ? Fristregler.STANDARD.anmalanDagar() : anmalanDagar;
        fristbevakning = fristbevakning == null ? Duration.ofMinutes(1) : fristbevakning;
    }

    Fristregler fristregler() {
        return new Fristregler(omedelbaraAtgarderDagar, utredningArbetsdagar, anmalanDagar);
    }
}
