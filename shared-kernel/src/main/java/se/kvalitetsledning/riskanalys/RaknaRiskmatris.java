package se.kvalitetsledning.riskanalys;

import java.util.Set;

/** Asks for the 4×4 matrix of the open risks of the given enheter; answered with {@link Riskmatris}. */
public record RaknaRiskmatris(Set<String> enheter) {

    public RaknaRiskmatris {
        enheter = Set.copyOf(enheter);
    }
}
