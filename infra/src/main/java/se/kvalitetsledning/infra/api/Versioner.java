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

    /**
     * The version a command expects: the If-Match header, or else the body's version. A command without one is
     * refused, so that no change can overwrite another unseen.
     */
    public static long kravd(String ifMatch, Long version) {
        if (!StringUtils.hasText(ifMatch)) {
            if (version == null) {
                throw new VersionSaknas();
            }
            if (version < 0) {
                throw new OgiltigIndata("version", "Versionen ska vara den som ETag-huvudet gav, 0 eller större");
            }
            return version;
        }
        String varde = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        if (!varde.matches("\\d{1,18}")) {
            throw new OgiltigIndata("If-Match", "If-Match ska vara en version som ETag-huvudet gav, t.ex. \"3\"");
        }
        return Long.parseLong(varde);
    }
}
