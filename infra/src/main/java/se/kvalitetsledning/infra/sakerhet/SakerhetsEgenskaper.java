package se.kvalitetsledning.infra.sakerhet;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.kvalitetsledning.gemensamt.Roll;

/**
 * The users, from configuration until a later issue connects a directory. Passwords are in Spring Security's
 * encoded form, e.g. {@code {bcrypt}$2a$…} ({@code {noop}} for the demo users only).
 */
@ConfigurationProperties("kvalitetsledning.sakerhet")
public record SakerhetsEgenskaper(List<Anvandarkonto> anvandare) {

    public SakerhetsEgenskaper {
        anvandare = anvandare == null ? List.of() : List.copyOf(anvandare);
    }

    public record Anvandarkonto(String anvandarnamn, String namn, String losenord, Set<Roll> roller,
                                Set<String> enheter) {
        public Anvandarkonto {
            roller = roller == null ? Set.of() : Set.copyOf(roller);
            enheter = enheter == null ? Set.of() : Set.copyOf(enheter);
        }
    }
}
