package se.kvalitetsledning.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import org.junit.jupiter.api.Test;

/** Only the embedded server's heartbeat waits out a long command; a real MongoDB keeps the driver's defaults. */
class MongoKonfigurationTest {

    private final LagringEgenskaper egenskaper = new LagringEgenskaper(null, null, null, false, null, null);

    @Test
    void denInbyggdaServernsHjartslagVantarUtEttLangtKommando() {
        var inbyggd = MongoKonfiguration.installningar(new ConnectionString("mongodb://127.0.0.1:1"), egenskaper, true);
        var riktig = MongoKonfiguration.installningar(new ConnectionString("mongodb://db:27017"), egenskaper, false);

        assertThat(inbyggd.getHeartbeatSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isEqualTo(600);
        assertThat(riktig.getHeartbeatSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isEqualTo(10);
        assertThat(riktig.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(10);
    }
}
