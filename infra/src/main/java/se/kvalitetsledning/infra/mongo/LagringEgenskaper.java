package se.kvalitetsledning.infra.mongo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. With {@code mongodbUri} set (from {@code MONGODB_URI} or {@code spring.data.mongodb.uri})
 * the application uses that MongoDB; otherwise it starts the embedded MongoDB-wire server on files under
 * {@code datakatalog}, or in memory when {@code iMinnet} is set (tests only: nothing survives a stop).
 */
@ConfigurationProperties("kvalitetsledning.lagring")
public record LagringEgenskaper(String mongodbUri, String databas, Path datakatalog, boolean iMinnet) {

    public LagringEgenskaper {
        databas = StringUtils.hasText(databas) ? databas : "kvalitetsledning";
        datakatalog = datakatalog != null ? datakatalog : Path.of("data");
    }

    public boolean inbyggd() {
        return !StringUtils.hasText(mongodbUri);
    }
}
