package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.egenkontroll.KontrollmallId;

/** Reads a kontrollmall id from a path; a path that is no UUID names no kontrollmall. */
@Component
class KontrollmallIdKonverterare implements Converter<String, KontrollmallId> {

    @Override
    public KontrollmallId convert(String kalla) {
        return KontrollmallId.av(kalla);
    }
}
