package se.kvalitetsledning.infra.synpunkt;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.kvalitetsledning.synpunkt.Synpunktsregler;

/** The service levels for synpunkter och klagomål, as the municipality promises them. */
@ConfigurationProperties("kvalitetsledning.synpunkter")
public record SynpunktEgenskaper(Integer kvittensArbetsdagar, Integer handlaggareArbetsdagar, Integer svarDagar) {

    public SynpunktEgenskaper {
        kvittensArbetsdagar = kvittensArbetsdagar == null
                ? Synpunktsregler.STANDARD.kvittensArbetsdagar() : kvittensArbetsdagar;
        handlaggareArbetsdagar = handlaggareArbetsdagar == null
                ? Synpunktsregler.STANDARD.handlaggareArbetsdagar() : handlaggareArbetsdagar;
        svarDagar = svarDagar == null ? Synpunktsregler.STANDARD.svarDagar() : svarDagar;
    }
}
