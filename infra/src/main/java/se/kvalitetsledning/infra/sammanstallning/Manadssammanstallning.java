package se.kvalitetsledning.infra.sammanstallning;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import se.kvalitetsledning.riskanalys.Riskmatris;
import se.kvalitetsledning.sammanstallning.Monsterflagga;

/**
 * The kvalitetsråd's summary of one month for one scope, built from the projections at {@code byggd}. Counts of
 * cases are by the month they came in (avvikelser by when they occurred); egenkontroller, riskanalyser and åtgärder
 * are counted for the month's year up to now. A share of nothing is null, shown as "–".
 */
public record Manadssammanstallning(
        YearMonth manad,
        Omfattning omfattning,
        Instant byggd,
        Avvikelser avvikelser,
        LexSarah lexSarah,
        Synpunkter synpunkter,
        Egenkontroller egenkontroller,
        Riskanalyser riskanalyser,
        Atgarder atgarder,
        List<Monsterflagga> monster,
        List<Trendpunkt> trend) {

    /** The month's count beside the same month a year before and the rolling 12 months (now and a year before). */
    public record Jamforelse(long manad, long sammaManadForegaendeAr, long rullande12, long rullande12ForegaendeAr) {
    }

    /** One row of a breakdown: its id, name, count and share of the whole in whole percent. */
    public record Rad(String id, String namn, long antal, Integer procent) {
    }

    /**
     * The cases closed in the month: how many, the median days from receipt to closing and the share closed within
     * the service level of {@code servicenivaDagar} days.
     */
    public record Handlingstid(long avslutade, Long medianDagar, int servicenivaDagar, Integer inomServicenivaProcent) {
    }

    public record Avvikelser(Jamforelse antal, long oppna, List<Rad> perKategori, List<Rad> toppTre,
                             List<Rad> perKvalitetsomrade, List<Rad> perRiskfarg, Handlingstid handlingstid,
                             long forsenadeOppna) {
    }

    public record LexSarah(Jamforelse antal, long oppna, List<Rad> perNiva, long anmaldaTillIvo,
                           Handlingstid handlingstid, long forsenadeOppna) {
    }

    /** {@code besvaradeITidProcent}: of those with an answer deadline that was met or passed, answered in time. */
    public record Synpunkter(Jamforelse antal, long oppna, List<Rad> perTyp, List<Rad> perKategori, List<Rad> toppTre,
                             long medSvarsfrist, long besvaradeITid, Integer besvaradeITidProcent,
                             Handlingstid handlingstid, long forsenadeOppna) {
    }

    /** The checks planned for the year and what became of them; the performed ones' question results by colour. */
    public record Egenkontroller(int ar, long planerade, long genomforda, long installda, Integer genomfordaProcent,
                                 List<Rad> resultatPerFarg, List<Rad> perMall) {
    }

    /**
     * Risks identified in the year by colour, analyses dated in it and reviews done in it; {@code matris}: the open
     * risks now in the 4×4 matrix.
     */
    public record Riskanalyser(int ar, List<Rad> riskerPerFarg, long analyser, long granskningar, Riskmatris matris) {
    }

    public record Atgarder(int ar, long skapade, long genomforda, long forsenade, long medEffekt) {
    }

    /** The cases that came in each month, for the trend chart. */
    public record Trendpunkt(YearMonth manad, long avvikelser, long lexSarah, long synpunkter) {
    }
}
