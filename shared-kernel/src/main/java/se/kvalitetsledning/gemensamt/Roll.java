package se.kvalitetsledning.gemensamt;

/** The roles a user can have; what each may do is decided where the rule lives. */
public enum Roll {
    MEDARBETARE,
    HANDLAGGARE,
    KVALITETSSAMORDNARE,
    LEDNING,
    ADMIN
}
