package se.kvalitetsledning.sammanstallning;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.lexsarah.Bedomningsniva;

/** How the cases of each {@link Arendeslag} flowed in month {@code manad}; one {@link Flode} per slag. */
public record Arendeflode(YearMonth manad, List<Flode> floden) {

    public Arendeflode {
        floden = List.copyOf(floden);
    }

    public Flode flode(Arendeslag slag) {
        return floden.stream().filter(f -> f.slag() == slag).findFirst().orElseThrow();
    }

    /**
     * The cases received in the month (avvikelser by the month they occurred): {@code inkomna}, of them still
     * {@code oppna}, each once under its current category id ({@code perKategori}; a synpunkt not yet investigated
     * and a lex Sarah case have none), the synpunkter by {@code perTyp}, the avvikelser by {@code riskfarger} of their
     * classification (unclassified ones left out) and by its kvalitetsområden ({@code perKvalitetsomrade}, enum names;
     * one with several counts under each, one with none under none), the lex Sarah rapporter by the {@code nivaer} of
     * their latest bedömning and how many were {@code anmaldaTillIvo}. {@code handlingsdagar}: for each case closed in
     * the month, whenever received, the days from receipt to closing, sorted. {@code forsenadeOppna}: the cases open now,
     * whenever received, that are late (a deadline passed unmet; an avvikelse received before the question's
     * limit). {@code perManad}: the cases received in each of the 24 months up to and including the month.
     */
    public record Flode(Arendeslag slag, long inkomna, long oppna, Map<String, Long> perKategori,
                        Map<String, Long> perTyp, Map<Riskfarg, Long> riskfarger,
                        Map<String, Long> perKvalitetsomrade, Map<Bedomningsniva, Long> nivaer,
                        long anmaldaTillIvo, List<Long> handlingsdagar, long forsenadeOppna,
                        List<Manadsantal> perManad) {

        public Flode {
            perKategori = Map.copyOf(perKategori);
            perTyp = Map.copyOf(perTyp);
            riskfarger = Map.copyOf(riskfarger);
            perKvalitetsomrade = Map.copyOf(perKvalitetsomrade);
            nivaer = Map.copyOf(nivaer);
            handlingsdagar = List.copyOf(handlingsdagar);
            perManad = List.copyOf(perManad);
        }

        /** The cases received in the months {@code fran} to {@code till}, both included. */
        public long inkomna(YearMonth fran, YearMonth till) {
            return perManad.stream().filter(m -> !m.manad().isBefore(fran) && !m.manad().isAfter(till))
                    .mapToLong(Manadsantal::antal).sum();
        }
    }

    /** The first month {@link Flode#perManad()} counts for a summary of {@code manad}. */
    public static YearMonth historikFran(YearMonth manad) {
        return manad.minusMonths(23);
    }

    public record Manadsantal(YearMonth manad, long antal) {
    }
}
