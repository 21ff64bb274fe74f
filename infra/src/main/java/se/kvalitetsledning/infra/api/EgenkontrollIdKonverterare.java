package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.egenkontroll.EgenkontrollId;

/** Reads an egenkontroll id from a path; a path that is no UUID names no egenkontroll. */
@Component
class EgenkontrollIdKonverterare implements Converter<String, EgenkontrollId> {

    @Override
    public EgenkontrollId convert(String kalla) {
        return EgenkontrollId.av(kalla);
    }
}
