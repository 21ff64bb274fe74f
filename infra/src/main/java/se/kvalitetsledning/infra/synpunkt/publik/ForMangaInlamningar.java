package se.kvalitetsledning.infra.synpunkt.publik;

/** A client has used up its posts for now. */
class ForMangaInlamningar extends RuntimeException {

    private final Vantetid vantetid;

    ForMangaInlamningar(Vantetid vantetid) {
        super("För många inlämningar", null, false, false);
        this.vantetid = vantetid;
    }

    Vantetid vantetid() {
        return vantetid;
    }
}
