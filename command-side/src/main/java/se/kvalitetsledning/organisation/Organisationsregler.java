package se.kvalitetsledning.organisation;

/** What the organisation's aggregates share. */
final class Organisationsregler {

    static final String ENDAST_ADMIN = "Endast en administratör får ändra organisationen";

    private Organisationsregler() {
    }
}
