package se.kvalitetsledning.infra.mongo;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.WriteConcern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. With {@code mongodbUri} set (from {@code MONGODB_URI} or {@code spring.data.mongodb.uri})
 * the application uses that MongoDB; otherwise it starts the embedded MongoDB-wire server on files under
 * {@code datakatalog}, or in memory when {@code iMinnet} is set (tests only: nothing survives a stop). On a real
 * MongoDB a write is acknowledged when {@code skrivbekraftelse} ({@code majority} by default, or a number of nodes)
 * have it, journaled unless {@code journal} is false.
 */
@ConfigurationProperties("kvalitetsledning.lagring")
public record LagringEgenskaper(String mongodbUri, String databas, Path datakatalog, boolean iMinnet,
                                String skrivbekraftelse, Boolean journal) {

    public LagringEgenskaper {
        databas = StringUtils.hasText(databas) ? databas : "kvalitetsledning";
        datakatalog = datakatalog != null ? datakatalog : Path.of("data");
        skrivbekraftelse = StringUtils.hasText(skrivbekraftelse) ? skrivbekraftelse : "majority";
        journal = journal == null || journal;
    }

    WriteConcern writeConcern() {
        WriteConcern bas = skrivbekraftelse.chars().allMatch(Character::isDigit)
                ? new WriteConcern(Integer.parseInt(skrivbekraftelse)) : new WriteConcern(skrivbekraftelse);
        return bas.withJournal(journal).withWTimeout(10, TimeUnit.SECONDS);
    }

    public boolean inbyggd() {
        return !StringUtils.hasText(mongodbUri);
    }
}
