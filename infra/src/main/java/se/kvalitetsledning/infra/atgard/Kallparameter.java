package se.kvalitetsledning.infra.atgard;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kvalitetsledning.atgard.Kalltyp;

/**
 * A source as a page passes it along, {@code AVVIKELSE:<id>}, {@code LEX_SARAH:<id>} or {@code SYNPUNKT:<id>},
 * and a case's id found in what a user pasted (the id itself or the case page's address).
 */
final class Kallparameter {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Kallparameter() {
    }

    /** The source named by {@code text}; empty when it names none the pages link from. */
    static Optional<NyAtgard.Kallhanvisning> tolka(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int kolon = text.indexOf(':');
        if (kolon < 0) {
            return Optional.empty();
        }
        String typ = text.substring(0, kolon);
        String id = text.substring(kolon + 1);
        if (!UUID.matcher(id).matches() || !(typ.equals(Kalltyp.AVVIKELSE.name())
                || typ.equals(Kalltyp.LEX_SARAH.name()) || typ.equals(Kalltyp.SYNPUNKT.name()))) {
            return Optional.empty();
        }
        return Optional.of(new NyAtgard.Kallhanvisning(Kalltyp.valueOf(typ), id.toLowerCase(Locale.ROOT)));
    }

    /** The first id in the text, lower-cased as ids are stored. */
    static Optional<String> uuid(String text) {
        Matcher traff = UUID.matcher(text == null ? "" : text);
        return traff.find() ? Optional.of(traff.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
