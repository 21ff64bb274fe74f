package se.kvalitetsledning.infra.api;

/** A command sent without the version it expects: answered 428 Precondition Required. */
public class VersionSaknas extends RuntimeException {

    public VersionSaknas() {
        super("Ange den version du senast hämtade, som If-Match-huvud (t.ex. \"3\") eller som fältet version");
    }
}
