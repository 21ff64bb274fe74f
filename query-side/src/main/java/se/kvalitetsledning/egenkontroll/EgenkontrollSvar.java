package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer.Trend;
import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer.Trendrad;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan.Enhetslage;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan.Planlage;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan.Planpost;
import se.kvalitetsledning.gemensamt.SvenskTid;

/** Maps the stored egenkontroller to what queries answer: the whole check with its result and the plan. */
final class EgenkontrollSvar {

    private EgenkontrollSvar() {
    }

    static EgenkontrollDetaljer detaljer(EgenkontrollDokument d, String mallnamn, EgenkontrollDokument foregaende) {
        boolean pagar = d.status == EgenkontrollStatus.PAGAR && d.stickprov != null;
        Mallversion version = d.mallversion == null ? null : d.mallversion.mallversion(d.mall);
        Svarsuppslag uppslag = d.uppslag();
        Resultat preliminart = pagar ? Resultatberakning.berakna(version, d.stickprov.poster(), uppslag) : null;
        int saknade = pagar ? SaknatSvar.i(version, d.stickprov.poster(), uppslag).size() : 0;
        Resultat nu = d.resultat != null ? d.resultat : preliminart;
        return new EgenkontrollDetaljer(d.id, d.version, d.mall, mallnamn, d.enhet, YearMonth.parse(d.manad),
                d.ansvarig, d.status, d.planeradAv, d.planerad, version, d.stickprov, List.copyOf(d.svar),
                d.resultat, preliminart, saknade, d.genomford, d.genomfordAv, d.installtSkal,
                nu == null || foregaende == null ? null : trend(nu, foregaende));
    }

    private static Trend trend(Resultat nu, EgenkontrollDokument foregaende) {
        Resultat forut = foregaende.resultat;
        List<Trendrad> fragor = nu.fragor().stream()
                .filter(f -> f.andel() != null)
                .map(f -> new Trendrad(f.fraga(), f.andel(), forut.fragor().stream()
                        .filter(g -> g.fraga().equals(f.fraga())).map(Fragaresultat::andel).findFirst()
                        .orElse(null)))
                .toList();
        return new Trend(foregaende.id, YearMonth.parse(foregaende.manad), foregaende.genomford, nu.totalt(),
                forut.totalt(), fragor);
    }

    static Egenkontrollplan plan(List<EgenkontrollDokument> kontroller, Map<String, String> mallnamn,
                                 ListaEgenkontrollplan fraga, Function<String, Instant> senastGenomford) {
        List<Planpost> poster = kontroller.stream()
                .map(d -> {
                    YearMonth manad = YearMonth.parse(d.manad);
                    return new Planpost(d.id, d.mall, namn(d, mallnamn), d.enhet, manad, d.status, d.ansvarig,
                            manad.atEndOfMonth(), lage(d.status, manad, fraga.idag()), dag(d.genomford));
                })
                .toList();
        List<Enhetslage> enheter = fraga.enheter().stream().sorted()
                .map(enhet -> {
                    LocalDate senast = dag(senastGenomford.apply(enhet));
                    return new Enhetslage(enhet, senast,
                            senast == null || !senast.isAfter(fraga.idag().minusMonths(12)));
                })
                .toList();
        return new Egenkontrollplan(poster, enheter);
    }

    /** Due until the planned month has passed, overdue after it. */
    private static Planlage lage(EgenkontrollStatus status, YearMonth manad, LocalDate idag) {
        return switch (status) {
            case GENOMFORD -> Planlage.GENOMFORD;
            case STALLD_IN -> Planlage.INSTALLD;
            case PLANERAD, PAGAR -> idag.isAfter(manad.atEndOfMonth()) ? Planlage.FORSENAD : Planlage.ATT_GORA;
        };
    }

    private static String namn(EgenkontrollDokument d, Map<String, String> mallnamn) {
        return d.mallversion != null && d.mallversion.namn() != null ? d.mallversion.namn() : mallnamn.get(d.mall);
    }

    private static LocalDate dag(Instant tid) {
        return tid == null ? null : LocalDate.ofInstant(tid, SvenskTid.ZON);
    }
}
