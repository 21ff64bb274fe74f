package se.kvalitetsledning.infra.riskanalys;

import se.kvalitetsledning.infra.api.ArendeSaknas;
import se.kvalitetsledning.riskanalys.RiskanalysId;

public class RiskanalysSaknas extends ArendeSaknas {

    public RiskanalysSaknas(RiskanalysId id) {
        super("Riskanalysen " + id + " finns inte eller så saknar du behörighet att se den");
    }
}
