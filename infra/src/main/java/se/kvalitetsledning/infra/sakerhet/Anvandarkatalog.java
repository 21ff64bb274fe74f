package se.kvalitetsledning.infra.sakerhet;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.infra.mongo.LagringEgenskaper;
import se.kvalitetsledning.organisation.EnhetId;

/** Every configured user, for login and for choosing a handler. */
@Component
public class Anvandarkatalog implements UserDetailsService {

    private final Map<String, SakerhetsEgenskaper.Anvandarkonto> konton;

    Anvandarkatalog(SakerhetsEgenskaper egenskaper, LagringEgenskaper lagring) {
        List<SakerhetsEgenskaper.Anvandarkonto> aktiva = egenskaper.aktiva(lagring.inbyggd());
        if (!lagring.inbyggd() && aktiva.stream().anyMatch(k -> k.losenord().startsWith("{noop}"))) {
            throw new IllegalStateException("Lösenord i klartext ({noop}) är bara tillåtna med den inbyggda lagringen;"
                    + " ange lösenorden som {bcrypt}… i kvalitetsledning.sakerhet.anvandare");
        }
        this.konton = aktiva.stream()
                .collect(Collectors.toUnmodifiableMap(SakerhetsEgenskaper.Anvandarkonto::anvandarnamn,
                        Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String anvandarnamn) {
        SakerhetsEgenskaper.Anvandarkonto konto = konton.get(anvandarnamn);
        if (konto == null) {
            throw new UsernameNotFoundException("Okänd användare");
        }
        return new InloggadAnvandare(aktor(konto), konto.losenord());
    }

    public Optional<Aktor> hitta(String anvandarnamn) {
        return Optional.ofNullable(konton.get(anvandarnamn)).map(Anvandarkatalog::aktor);
    }

    /** Who may be assigned an enhet's avvikelser: its handlers and every quality coordinator. */
    public List<Anvandare> handlaggareFor(EnhetId enhet) {
        return valda(aktor -> aktor.farHandlagga(enhet));
    }

    /** The users with the role whose enheter include the enhet, e.g. who answers for a unit's lex Sarah cases. */
    public List<Anvandare> medRoll(Roll roll, EnhetId enhet) {
        return valda(aktor -> aktor.har(roll) && aktor.tillhor(enhet));
    }

    /** The users with the role, wherever they work, e.g. who receives a synpunkt whose enhet is not known. */
    public List<Anvandare> medRoll(Roll roll) {
        return valda(aktor -> aktor.har(roll));
    }

    /** Who may investigate an enhet's lex Sarah cases: its kvalitetssamordnare and handlers. */
    public List<Anvandare> utredareFor(EnhetId enhet) {
        return valda(aktor -> (aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.HANDLAGGARE))
                && aktor.tillhor(enhet));
    }

    /** The users who work in one of the enheter at least, e.g. who may have told a receiver of a missförhållande. */
    public List<Anvandare> iNagonAv(Set<EnhetId> enheter) {
        return valda(aktor -> aktor.enheter().stream().anyMatch(enheter::contains));
    }

    /** Where a user's reminders go, when they have an address. */
    public Optional<String> epost(String anvandarnamn) {
        return Optional.ofNullable(konton.get(anvandarnamn)).map(SakerhetsEgenskaper.Anvandarkonto::epost)
                .filter(adress -> !adress.isBlank());
    }

    private List<Anvandare> valda(Predicate<Aktor> urval) {
        return konton.values().stream()
                .map(Anvandarkatalog::aktor)
                .filter(urval)
                .map(Aktor::anvandare)
                .sorted(Comparator.comparing(Anvandare::namn))
                .toList();
    }

    private static Aktor aktor(SakerhetsEgenskaper.Anvandarkonto konto) {
        return new Aktor(new Anvandare(konto.anvandarnamn(), konto.namn()), konto.roller(),
                konto.enheter().stream().map(EnhetId::new).collect(Collectors.toSet()));
    }
}
