package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.time.LocalDate;

import se.kvalitetsledning.gemensamt.Arbetsdagar;
import se.kvalitetsledning.gemensamt.SvenskTid;

/**
 * The service levels a synpunkt's deadlines are computed with, each running to the end of its Swedish day.
 *
 * @param kvittensArbetsdagar    working days after receipt until the sender is acknowledged
 * @param handlaggareArbetsdagar working days after receipt until a handler is named
 * @param svarDagar              calendar days after receipt until the sender is answered
 */
public record Synpunktsregler(int kvittensArbetsdagar, int handlaggareArbetsdagar, int svarDagar) {

    public static final Synpunktsregler STANDARD = new Synpunktsregler(2, 5, 14);

    public Synpunktsregler {
        if (kvittensArbetsdagar < 0 || handlaggareArbetsdagar < 0 || svarDagar < 0) {
            throw new IllegalArgumentException("En frist kan inte vara negativ");
        }
    }

    public Instant forfaller(SynpunktFristtyp typ, Instant mottagen) {
        LocalDate dag = mottagen.atZone(SvenskTid.ZON).toLocalDate();
        LocalDate sista = switch (typ) {
            case KVITTENS -> Arbetsdagar.plusArbetsdagar(dag, kvittensArbetsdagar);
            case HANDLAGGARE -> Arbetsdagar.plusArbetsdagar(dag, handlaggareArbetsdagar);
            case SVAR -> dag.plusDays(svarDagar);
        };
        return SvenskTid.dagensBorjan(sista.plusDays(1));
    }
}
