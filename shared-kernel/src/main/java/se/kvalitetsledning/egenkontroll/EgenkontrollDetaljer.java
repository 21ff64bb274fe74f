package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import se.kvalitetsledning.gemensamt.Anvandare;

/**
 * One egenkontroll whole: its plan, the template version it uses once started, the sample, every answer with who gave
 * it and when, the result once performed ({@code resultat}) or, while it is performed, the result so far
 * ({@code preliminartResultat}) with the number of required answers still missing, and the trend against the
 * previous performed check of the same template and enhet.
 */
public record EgenkontrollDetaljer(
        String id,
        long version,
        String mall,
        String mallnamn,
        String enhet,
        YearMonth manad,
        Anvandare ansvarig,
        EgenkontrollStatus status,
        Anvandare planeradAv,
        Instant planerad,
        Mallversion mallversion,
        Stickprov stickprov,
        List<Besvarat> svar,
        Resultat resultat,
        Resultat preliminartResultat,
        int saknadeSvar,
        Instant genomford,
        Anvandare genomfordAv,
        String installtSkal,
        Trend trend) {

    /** The latest answer to a question for a sample item. */
    public record Besvarat(String post, FragaId fraga, Svar svar, Anvandare av, Instant tid) {
    }

    /**
     * This check's shares beside those of the previous performed check of the same template and enhet: the total and
     * per question of this check's version ({@code forut} null when the previous one's version lacked the question).
     */
    public record Trend(String foregaende, YearMonth manad, Instant genomford, Andel totaltNu, Andel totaltForut,
                        List<Trendrad> fragor) {
    }

    public record Trendrad(FragaId fraga, Andel nu, Andel forut) {
    }
}
