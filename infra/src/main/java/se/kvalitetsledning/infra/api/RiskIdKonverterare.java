package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.riskanalys.RiskId;

/** Reads a risk's id from a path; a path that is no UUID names no risk. */
@Component
class RiskIdKonverterare implements Converter<String, RiskId> {

    @Override
    public RiskId convert(String kalla) {
        return RiskId.av(kalla);
    }
}
