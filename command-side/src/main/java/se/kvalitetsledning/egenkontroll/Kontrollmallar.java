package se.kvalitetsledning.egenkontroll;

import java.util.Optional;

/** The published versions of the kontrollmallar, read as they are now (not from a projection that may lag). */
interface Kontrollmallar {

    /** The latest published version; none while the template has none or does not exist. */
    Optional<Mallversion> senastPublicerade(KontrollmallId mall);
}
