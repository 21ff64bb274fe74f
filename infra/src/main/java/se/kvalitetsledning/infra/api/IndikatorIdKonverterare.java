package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.indikator.IndikatorId;

/** Reads an indikator id from a path; a path that is no UUID names no indikator. */
@Component
class IndikatorIdKonverterare implements Converter<String, IndikatorId> {

    @Override
    public IndikatorId convert(String kalla) {
        return IndikatorId.av(kalla);
    }
}
