package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.avvikelse.AvvikelseId;

/** Reads an avvikelse id from a path; a malformed one is a 400 through Spring's type-mismatch handling. */
@Component
class AvvikelseIdKonverterare implements Converter<String, AvvikelseId> {

    @Override
    public AvvikelseId convert(String kalla) {
        return AvvikelseId.av(kalla);
    }
}
