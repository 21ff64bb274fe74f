package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteId;

/** Reads a meeting id from a path; a path that is no UUID names no meeting. */
@Component
class KvalitetsradsmoteIdKonverterare implements Converter<String, KvalitetsradsmoteId> {

    @Override
    public KvalitetsradsmoteId convert(String kalla) {
        return KvalitetsradsmoteId.av(kalla);
    }
}
