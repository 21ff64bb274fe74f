package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.kvalitetsberattelse.Omfang;
import se.kvalitetsledning.organisation.Organisationsnod;
import se.kvalitetsledning.organisation.Organisationsnod.Niva;

/**
 * A scope resolved against the organisation read model: its name, its enheter (a förvaltning's through its
 * verksamhetsområden) and every enhet's name. Synpunkter without a known enhet belong to the förvaltning.
 */
record Omfangsurval(Omfang omfang, String namn, Set<String> enheter, Map<String, String> enhetsnamn) {

    static Omfangsurval av(Omfang omfang, List<Organisationsnod> organisation) {
        Niva niva = omfang.niva() == Omfang.Niva.FORVALTNING ? Niva.FORVALTNING : Niva.VERKSAMHETSOMRADE;
        Organisationsnod nod = organisation.stream()
                .filter(n -> n.niva() == niva && n.id().equals(omfang.id()))
                .findFirst()
                .orElseThrow(() -> new OgiltigIndata("omfang.id", "Okänd " + (niva == Niva.FORVALTNING
                        ? "förvaltning" : "verksamhetsområde") + ": " + omfang.id()));
        Set<String> omraden = niva == Niva.VERKSAMHETSOMRADE ? Set.of(nod.id()) : organisation.stream()
                .filter(n -> n.niva() == Niva.VERKSAMHETSOMRADE && nod.id().equals(n.overordnad()))
                .map(Organisationsnod::id)
                .collect(Collectors.toSet());
        Map<String, String> enheter = organisation.stream()
                .filter(n -> n.niva() == Niva.ENHET && omraden.contains(n.overordnad()))
                .collect(Collectors.toMap(Organisationsnod::id, Organisationsnod::namn));
        return new Omfangsurval(omfang, nod.namn(), Set.copyOf(enheter.keySet()), Map.copyOf(enheter));
    }

    boolean forvaltning() {
        return omfang.niva() == Omfang.Niva.FORVALTNING;
    }

    String enhetsnamn(String enhet) {
        return enhetsnamn.getOrDefault(enhet, enhet);
    }
}
