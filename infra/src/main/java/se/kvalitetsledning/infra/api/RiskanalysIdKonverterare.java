package se.kvalitetsledning.infra.api;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.riskanalys.RiskanalysId;

/** Reads a riskanalys id from a path; a path that is no UUID names no riskanalys. */
@Component
class RiskanalysIdKonverterare implements Converter<String, RiskanalysId> {

    @Override
    public RiskanalysId convert(String kalla) {
        return RiskanalysId.av(kalla);
    }
}
