package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.synpunkt.SynpunktId;

/** Reads a synpunkt id from a path; a path that is no UUID names no synpunkt. */
@Component
class SynpunktIdKonverterare implements Converter<String, SynpunktId> {

    @Override
    public SynpunktId convert(String kalla) {
        return SynpunktId.av(kalla);
    }
}
