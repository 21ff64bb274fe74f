package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.AtgardId;

/** Reads an åtgärd id from a path; a path that is no UUID names no åtgärd. */
@Component
class AtgardIdKonverterare implements Converter<String, AtgardId> {

    @Override
    public AtgardId convert(String kalla) {
        return AtgardId.av(kalla);
    }
}
