package se.kvalitetsledning.infra.egenkontroll;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A question's id: a short key of a–z, 0–9 and hyphens, made from its text when the author gives none. */
final class Fragenyckel {

    private static final Pattern GILTIG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int LANGD = 32;

    private Fragenyckel() {
    }

    static boolean giltig(String id) {
        return GILTIG.matcher(id).matches();
    }

    /** "Barnets bästa är bedömt" → "barnets-basta-ar-bedomt", with a number added when it is taken. */
    static String ny(String text, Set<String> anvanda) {
        String bas = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (bas.length() > LANGD) {
            bas = bas.substring(0, LANGD).replaceAll("-+$", "");
        }
        if (bas.isEmpty()) {
            bas = "fraga";
        }
        String id = bas;
        for (int n = 2; anvanda.contains(id); n++) {
            id = bas + "-" + n;
        }
        return id;
    }
}
