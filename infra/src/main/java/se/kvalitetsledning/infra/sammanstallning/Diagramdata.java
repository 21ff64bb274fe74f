package se.kvalitetsledning.infra.sammanstallning;

import java.util.List;

import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Rad;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Trendpunkt;

/** What the page's charts draw, serialized into the page as JSON; the tables beside them hold the same numbers. */
record Diagramdata(List<String> manader, List<Long> avvikelser, List<Long> lexSarah, List<Long> synpunkter,
                   List<Stapel> kategorier, List<Stapel> riskfarger) {

    record Stapel(String namn, long antal) {
    }

    static Diagramdata av(Manadssammanstallning s) {
        return new Diagramdata(
                s.trend().stream().map(p -> p.manad().toString()).toList(),
                s.trend().stream().map(Trendpunkt::avvikelser).toList(),
                s.trend().stream().map(Trendpunkt::lexSarah).toList(),
                s.trend().stream().map(Trendpunkt::synpunkter).toList(),
                staplar(s.avvikelser().perKategori()),
                staplar(s.avvikelser().perRiskfarg()));
    }

    private static List<Stapel> staplar(List<Rad> rader) {
        return rader.stream().map(r -> new Stapel(r.namn(), r.antal())).toList();
    }
}
