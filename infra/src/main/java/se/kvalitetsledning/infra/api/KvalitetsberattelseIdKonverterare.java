package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseId;

/** Reads a kvalitetsberättelse id from a path; a path that is no UUID names no kvalitetsberättelse. */
@Component
class KvalitetsberattelseIdKonverterare implements Converter<String, KvalitetsberattelseId> {

    @Override
    public KvalitetsberattelseId convert(String kalla) {
        return KvalitetsberattelseId.av(kalla);
    }
}
