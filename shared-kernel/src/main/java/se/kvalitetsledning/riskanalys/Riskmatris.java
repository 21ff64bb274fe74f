package se.kvalitetsledning.riskanalys;

import java.util.List;

import se.kvalitetsledning.gemensamt.Risk;
import se.kvalitetsledning.gemensamt.Riskfarg;

/** The 4×4 matrix: for every konsekvens × sannolikhet, the number of open risks assessed there now. */
public record Riskmatris(List<Ruta> rutor) {

    public Riskmatris {
        rutor = List.copyOf(rutor);
    }

    public long antal(int konsekvens, int sannolikhet) {
        return rutor.stream().filter(r -> r.konsekvens() == konsekvens && r.sannolikhet() == sannolikhet)
                .mapToLong(Ruta::antal).sum();
    }

    public long totalt() {
        return rutor.stream().mapToLong(Ruta::antal).sum();
    }

    /** One cell of the matrix. */
    public record Ruta(int konsekvens, int sannolikhet, long antal) {

        public int riskvarde() {
            return new Risk(sannolikhet, konsekvens).riskvarde();
        }

        public Riskfarg farg() {
            return new Risk(sannolikhet, konsekvens).farg();
        }
    }
}
