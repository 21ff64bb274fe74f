package se.kvalitetsledning.gemensamt;

import java.util.Objects;
import java.util.Set;

import se.kvalitetsledning.organisation.EnhetId;

/**
 * The logged-in user who sends a command, with the roles and enheter that decide what they may do.
 * Taken from the security context, never from a request field.
 */
public record Aktor(Anvandare anvandare, Set<Roll> roller, Set<EnhetId> enheter) {

    public Aktor {
        Objects.requireNonNull(anvandare, "anvandare");
        roller = Set.copyOf(roller);
        enheter = Set.copyOf(enheter);
    }

    public boolean tillhor(EnhetId enhet) {
        return enheter.contains(enhet);
    }

    public boolean har(Roll roll) {
        return roller.contains(roll);
    }

    /** Refuses, with the given message, an actor who lacks the role. */
    public void kraver(Roll roll, String meddelande) {
        if (!har(roll)) {
            throw new BehorighetSaknas(meddelande);
        }
    }

    /** A unit's handler handles the unit's cases; quality coordinators handle every unit's. */
    public boolean farHandlagga(EnhetId enhet) {
        return har(Roll.KVALITETSSAMORDNARE) || (har(Roll.HANDLAGGARE) && tillhor(enhet));
    }

    /** Handlers, quality coordinators and management read whole cases; others only what they filed. */
    public boolean farLasa(EnhetId enhet) {
        return farHandlagga(enhet) || har(Roll.LEDNING);
    }
}
