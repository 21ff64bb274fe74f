package se.kvalitetsledning.infra.egenkontroll;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import se.kvalitetsledning.egenkontroll.Egenkontrollplan;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan.Enhetslage;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan.Planpost;

/** One enhet's part of the årshjul as the page shows it: its name, its last performed check, its checks by month. */
record Enhetsplan(String enhet, String namn, Enhetslage lage, List<Planpost> kontroller) {

    /** Every asked enhet by name, also one without checks, each with its checks in month order. */
    static List<Enhetsplan> av(Egenkontrollplan plan, Map<String, String> enhetsnamn) {
        return plan.enheter().stream()
                .map(lage -> new Enhetsplan(lage.enhet(), enhetsnamn.getOrDefault(lage.enhet(), lage.enhet()), lage,
                        plan.kontroller().stream()
                                .filter(k -> k.enhet().equals(lage.enhet()))
                                .sorted(Comparator.comparing(Planpost::manad).thenComparing(Planpost::mallnamn))
                                .toList()))
                .sorted(Comparator.comparing(Enhetsplan::namn))
                .toList();
    }
}
