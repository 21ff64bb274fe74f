package se.kvalitetsledning.infra.sakerhet;

import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import se.kvalitetsledning.gemensamt.Aktor;

/** A logged-in user: the {@link Aktor} that every command and query is sent as. */
public final class InloggadAnvandare implements UserDetails, CredentialsContainer {

    private final Aktor aktor;
    private String losenord;

    InloggadAnvandare(Aktor aktor, String losenord) {
        this.aktor = aktor;
        this.losenord = losenord;
    }

    public Aktor aktor() {
        return aktor;
    }

    public String namn() {
        return aktor.anvandare().namn();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return aktor.roller().stream()
                .map(roll -> new SimpleGrantedAuthority("ROLE_" + roll.name()))
                .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public String getPassword() {
        return losenord;
    }

    /** Spring Security forgets the password once the user is logged in. */
    @Override
    public void eraseCredentials() {
        losenord = null;
    }

    @Override
    public String getUsername() {
        return aktor.anvandare().anvandarnamn();
    }
}
