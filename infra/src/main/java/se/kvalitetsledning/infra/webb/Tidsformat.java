package se.kvalitetsledning.infra.webb;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.SvenskTid;


/** Times as Swedish users read them, in Swedish time: {@code ${@tidsformat.visa(tid)}} in a template. */
@Component("tidsformat")
public class Tidsformat {

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SvenskTid.ZON);
    private static final DateTimeFormatter MASKIN = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(SvenskTid.ZON);

    public String visa(Instant tid) {
        return tid == null ? "" : TID.format(tid);
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String maskin(Instant tid) {
        return tid == null ? "" : MASKIN.format(tid);
    }
}
