package se.kvalitetsledning.infra.lexsarah;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.kvalitetsledning.lexsarah.Fristregler;

/**
 * The lex Sarah service levels. The law says "snarast" for the anmälan to IVO and sets no number of days:
 * {@code anmalanDagar} is the provider's own rule.
 */
@ConfigurationProperties("kvalitetsledning.lex-sarah")
public record LexSarahEgenskaper(Integer omedelbaraAtgarderDagar, Integer utredningArbetsdagar,
                                 Integer anmalanDagar) {

    public LexSarahEgenskaper {
        omedelbaraAtgarderDagar = omedelbaraAtgarderDagar == null
                ? Fristregler.STANDARD.omedelbaraAtgarderDagar() : omedelbaraAtgarderDagar;
        utredningArbetsdagar = utredningArbetsdagar == null
                ? Fristregler.STANDARD.utredningArbetsdagar() : utredningArbetsdagar;
        anmalanDagar = anmalanDagar == null ? Fristregler.STANDARD.anmalanDagar() : anmalanDagar;
    }

    Fristregler fristregler() {
        return new Fristregler(omedelbaraAtgarderDagar, utredningArbetsdagar, anmalanDagar);
    }
}
