package se.kvalitetsledning.infra.indikator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.kvalitetsledning.egenkontroll.Trafikljus;
import se.kvalitetsledning.indikator.IndikatorDetaljer;
import se.kvalitetsledning.indikator.Indikatorvarde;
import se.kvalitetsledning.indikator.Malvarde;
import se.kvalitetsledning.indikator.Riktning;

/**
 * What a page shows of an indikator: the target now in words, its last {@value #MANADER} months as table rows (a
 * month without a value too) and the same months as the chart's series.
 */
public record Indikatorvy(IndikatorDetaljer indikator, String malNu, List<Manadsrad> rader, Diagram diagram) {

    static final int MANADER = 12;

    /** One month: the value with its colour (none without a value), the target then, and who entered it. */
    public record Manadsrad(YearMonth manad, String varde, Trafikljus farg, String mal, String registrerat) {

        public String klass() {
            return farg == null ? "risk--ingen" : "risk--" + farg.name().toLowerCase(Locale.ROOT);
        }

        public String fargtext() {
            return farg == null ? "Inget värde" : farg.benamning();
        }
    }

    /** The chart's series, a month without a value null. */
    public record Diagram(String id, List<String> manader, List<BigDecimal> varden, List<BigDecimal> mal,
                          List<String> farger) {
    }

    static Indikatorvy av(IndikatorDetaljer indikator, YearMonth denna) {
        YearMonth fran = denna.minusMonths(MANADER - 1L);
        if (fran.isBefore(indikator.fran())) {
            fran = indikator.fran();
        }
        var rader = new ArrayList<Manadsrad>();
        var manader = new ArrayList<String>();
        var varden = new ArrayList<BigDecimal>();
        var mal = new ArrayList<BigDecimal>();
        var farger = new ArrayList<String>();
        for (YearMonth m = fran; !m.isAfter(denna); m = m.plusMonths(1)) {
            Malvarde galler = indikator.galler(m);
            Indikatorvarde v = varde(indikator, m);
            rader.add(new Manadsrad(m, v == null ? "–" : tal(v.varde()), v == null ? null : v.farg(),
                    kort(galler), v == null ? "" : registrerat(v)));
            manader.add(m.toString());
            varden.add(v == null ? null : v.varde());
            mal.add(galler.mal());
            farger.add(v == null ? null : v.farg().name());
        }
        Malvarde nu = indikator.galler(denna);
        return new Indikatorvy(indikator, maltext(nu, indikator.enhetsbeteckning()), rader,
                new Diagram(indikator.id(), manader, varden, mal, farger));
    }

    /** A number as Swedish writes it: "92,5", "55". */
    static String tal(BigDecimal tal) {
        return tal.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** "högst 55 ärenden; gul upp till 60, röd över" – the target itself counts as met. */
    static String maltext(Malvarde mal, String beteckning) {
        boolean lagre = mal.riktning() == Riktning.LAGRE_AR_BATTRE;
        String text = kort(mal) + " " + beteckning;
        if (mal.gulMarginal().signum() == 0) {
            return text + "; röd " + (lagre ? "över" : "under");
        }
        BigDecimal grans = lagre ? mal.mal().add(mal.gulMarginal()) : mal.mal().subtract(mal.gulMarginal());
        return text + (lagre ? "; gul upp till " : "; gul ned till ") + tal(grans) + ", röd "
                + (lagre ? "över" : "under");
    }

    private static String kort(Malvarde mal) {
        return (mal.riktning() == Riktning.LAGRE_AR_BATTRE ? "högst " : "minst ") + tal(mal.mal());
    }

    private static String registrerat(Indikatorvarde v) {
        if (v.av() == null) {
            return "Beräknat";
        }
        String text = v.av().namn();
        if (!v.tidigare().isEmpty()) {
            text += " (rättat från " + tal(v.tidigare().get(v.tidigare().size() - 1).varde()) + ")";
        }
        return text;
    }

    private static Indikatorvarde varde(IndikatorDetaljer indikator, YearMonth manad) {
        return indikator.varden().stream().filter(v -> v.manad().equals(manad)).findFirst().orElse(null);
    }
}
