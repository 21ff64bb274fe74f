package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.OgiltigIndata;

/** The moment a rebuild is as of: a date means the end of that day in Sweden, a time with offset is exact. */
final class Tidpunkt {

    private static final String FALT = "datum";
    private static final String FORMAT = "Ange ett datum (2027-02-01) eller en tidpunkt med tidszon "
            + "(2027-02-01T10:15:00Z)";
    private static final String FRAMTID = "Datumet får inte ligga i framtiden";

    private Tidpunkt() {
    }

    /** 400 naming {@code datum} when the text is neither or lies after {@code nu}; today ends now. */
    static Instant tolka(String text, Instant nu) {
        try {
            LocalDate dag = LocalDate.parse(text);
            if (dag.isAfter(LocalDate.ofInstant(nu, SvenskTid.ZON))) {
                throw new OgiltigIndata(FALT, FRAMTID);
            }
            Instant dagensSlut = SvenskTid.dagensBorjan(dag.plusDays(1)).minusNanos(1);
            return dagensSlut.isAfter(nu) ? nu : dagensSlut;
        } catch (DateTimeParseException inteEttDatum) {
            return exakt(text, nu);
        }
    }

    private static Instant exakt(String text, Instant nu) {
        Instant per;
        try {
            per = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException inteEnTidpunkt) {
            throw new OgiltigIndata(FALT, FORMAT);
        }
        if (per.isAfter(nu)) {
            throw new OgiltigIndata(FALT, FRAMTID);
        }
        return per;
    }
}
