package se.kvalitetsledning.infra.webb;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.infra.tid.TidKonfiguration;

/** Times as Swedish users read them, in Swedish time: {@code ${@tidsformat.visa(tid)}} in a template. */
@Component("tidsformat")
public class Tidsformat {

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TidKonfiguration.SVENSK_TID);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(TidKonfiguration.SVENSK_TID);
    private static final DateTimeFormatter MASKIN = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(TidKonfiguration.SVENSK_TID);

    public String visa(Instant tid) {
        return tid == null ? "" : TID.format(tid);
    }

    public String datum(Instant tid) {
        return tid == null ? "" : DATUM.format(tid);
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String maskin(Instant tid) {
        return tid == null ? "" : MASKIN.format(tid);
    }
}
