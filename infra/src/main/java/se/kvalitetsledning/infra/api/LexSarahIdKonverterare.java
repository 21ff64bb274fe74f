package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.lexsarah.LexSarahId;

/** Reads a lex Sarah case id from a path; a path that is no UUID names no case. */
@Component
class LexSarahIdKonverterare implements Converter<String, LexSarahId> {

    @Override
    public LexSarahId convert(String kalla) {
        return LexSarahId.av(kalla);
    }
}
