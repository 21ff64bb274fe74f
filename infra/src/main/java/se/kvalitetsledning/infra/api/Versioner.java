package se.kvalitetsledning.infra.api;

import org.springframework.util.StringUtils;

/**
 * The expected version of an aggregate travels as an ETag: {@code ETag: "3"} on reads, {@code If-Match: "3"}
 * (or a {@code version} field) on commands.
 */
public final class Versioner {

    private Versioner() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The If-Match header wins over the body's version; neither means no check. */
    public static Long forvantad(String ifMatch, Long version) {
        if (!StringUtils.hasText(ifMatch)) {
            return version;
        }
        String varde = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(varde);
        } catch (NumberFormatException e) {
            throw new OgiltigIndata("If-Match", "If-Match ska vara en version som ETag-huvudet gav, t.ex. \"3\"");
        }
    }
}
