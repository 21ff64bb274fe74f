package se.kvalitetsledning.infra.avvikelse;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

/** Narrows a requested set of enheter to those whose cases the actor may read. */
final class LasbaraEnheter {

    private LasbaraEnheter() {
    }

    /**
     * Returns the requested enheter the actor may read; with none requested, all the actor may read, where null
     * means every enhet (quality coordinators and management).
     */
    static Set<String> begransa(Aktor aktor, Set<String> begarda) {
        boolean allaEnheter = aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING);
        if (begarda == null || begarda.isEmpty()) {
            return allaEnheter ? null : egna(aktor);
        }
        Set<String> tillatna = new HashSet<>(begarda);
        if (!allaEnheter) {
            tillatna.retainAll(egna(aktor));
        }
        return tillatna;
    }

    private static Set<String> egna(Aktor aktor) {
        return aktor.enheter().stream()
                .filter(aktor::farLasa)
                .map(EnhetId::value)
                .collect(Collectors.toSet());
    }
}
