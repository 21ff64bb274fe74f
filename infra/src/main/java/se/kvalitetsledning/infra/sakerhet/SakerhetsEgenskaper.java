package se.kvalitetsledning.infra.sakerhet;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.kvalitetsledning.gemensamt.Roll;

/**
 * The users, from configuration until a later issue connects a directory. Passwords are in Spring Security's
 * encoded form, e.g. {@code {bcrypt}$2a$…}. The demo users ({@code {noop}demo}) log in only where
 * {@code demoanvandareAktiva} says so, by default only with the embedded store.
 */
@ConfigurationProperties("kvalitetsledning.sakerhet")
public record SakerhetsEgenskaper(List<Anvandarkonto> anvandare, List<Anvandarkonto> demoanvandare,
                                  Boolean demoanvandareAktiva) {

    public SakerhetsEgenskaper {
        anvandare = anvandare == null ? List.of() : List.copyOf(anvandare);
        demoanvandare = demoanvandare == null ? List.of() : List.copyOf(demoanvandare);
    }

    List<Anvandarkonto> aktiva(boolean inbyggdLagring) {
        boolean demo = demoanvandareAktiva == null ? inbyggdLagring : demoanvandareAktiva;
        return demo ? Stream.concat(anvandare.stream(), demoanvandare.stream()).toList() : anvandare;
    }

    /** One user; {@code epost} is where reminders go (none are sent to a user without one). */
    public record Anvandarkonto(String anvandarnamn, String namn, String losenord, Set<Roll> roller,
                                Set<String> enheter, String epost) {
        public Anvandarkonto {
            roller = roller == null ? Set.of() : Set.copyOf(roller);
            enheter = enheter == null ? Set.of() : Set.copyOf(enheter);
        }
    }
}
