package se.kvalitetsledning.infra.handelselager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The shortcut orders every stored time against the limit as comparing the parsed times does. */
class TidsgransTest {

    @Test
    void ordnarSomDeTolkadeTidernaAvenISammaSekundOchLangtBort() {
        Random slump = new Random(20261127);
        List<Instant> granser = List.of(Instant.parse("2026-11-27T22:10:05Z"),
                Instant.parse("2026-11-27T22:10:05.500Z"), Instant.parse("1999-12-31T23:59:59.999999999Z"));
        int jamforda = 0;
        for (Instant grans : granser) {
            List<Instant> tider = new ArrayList<>(List.of(grans, grans.plusNanos(1), grans.minusNanos(1),
                    grans.plusMillis(1), grans.minusMillis(1), grans.truncatedTo(ChronoUnit.SECONDS),
                    grans.plusSeconds(1), grans.minusSeconds(1), Instant.parse("+12026-01-01T00:00:00Z"),
                    Instant.parse("0001-01-01T00:00:00Z"), Instant.EPOCH));
            for (int i = 0; i < 500; i++) {
                tider.add(grans.plus(Duration.ofMillis(slump.nextLong(-3_000, 3_000))));
                tider.add(grans.plus(Duration.ofDays(slump.nextLong(-4_000, 4_000))));
            }
            Tidsgrans tidsgrans = new Tidsgrans(grans);
            for (Instant tid : tider) {
                Document handelse = new Document(Handelsdokument.TID, tid.toString());
                assertThat(Integer.signum(tidsgrans.jamfor(handelse))).as("%s mot %s", tid, grans)
                        .isEqualTo(Integer.signum(tid.compareTo(grans)));
                jamforda++;
            }
        }
        assertThat(jamforda).isEqualTo(3 * 1011);
    }
}
