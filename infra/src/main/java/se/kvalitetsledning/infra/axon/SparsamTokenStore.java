package se.kvalitetsledning.infra.axon;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * A token store that leaves out a claim extension when this node confirmed the claim moments before: a tracking
 * processor without a transaction manager extends its claim at the start of every batch and stores its token, which
 * confirms the claim too, at the end, so a live processor wrote twice per event it handled. A claim is confirmed by
 * taking it, storing the token or extending it; an extension is made again once {@code bekraftadHogst} has passed,
 * well inside the store's claim timeout, so no other node can have taken the claim meanwhile. Even so, the token
 * stored at the batch's end checks the claim.
 */
final class SparsamTokenStore implements TokenStore {

    private final TokenStore lager;
    private final long bekraftadHogstNanos;
    /** When this node last confirmed each claim ({@code System.nanoTime}), by processor and segment. */
    private final Map<String, Long> bekraftade = new ConcurrentHashMap<>();

    SparsamTokenStore(TokenStore lager, Duration bekraftadHogst) {
        this.lager = lager;
        this.bekraftadHogstNanos = bekraftadHogst.toNanos();
    }

    @Override
    public void extendClaim(String processor, int segment) {
        Long bekraftad = bekraftade.get(nyckel(processor, segment));
        if (bekraftad != null && System.nanoTime() - bekraftad < bekraftadHogstNanos) {
            return;
        }
        lager.extendClaim(processor, segment);
        bekrafta(processor, segment);
    }

    @Override
    public void storeToken(TrackingToken token, String processor, int segment) {
        lager.storeToken(token, processor, segment);
        bekrafta(processor, segment);
    }

    @Override
    public TrackingToken fetchToken(String processor, int segment) {
        TrackingToken token = lager.fetchToken(processor, segment);
        bekrafta(processor, segment);
        return token;
    }

    @Override
    public TrackingToken fetchToken(String processor, Segment segment) {
        TrackingToken token = lager.fetchToken(processor, segment);
        bekrafta(processor, segment.getSegmentId());
        return token;
    }

    @Override
    public void releaseClaim(String processor, int segment) {
        bekraftade.remove(nyckel(processor, segment));
        lager.releaseClaim(processor, segment);
    }

    @Override
    public void initializeTokenSegments(String processor, int segmentCount) {
        glom(processor);
        lager.initializeTokenSegments(processor, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processor, int segmentCount, TrackingToken initialToken) {
        glom(processor);
        lager.initializeTokenSegments(processor, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processor, int segment) {
        bekraftade.remove(nyckel(processor, segment));
        lager.initializeSegment(token, processor, segment);
    }

    @Override
    public void deleteToken(String processor, int segment) {
        bekraftade.remove(nyckel(processor, segment));
        lager.deleteToken(processor, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return lager.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processor) {
        return lager.fetchSegments(processor);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processor) {
        return lager.fetchAvailableSegments(processor);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return lager.retrieveStorageIdentifier();
    }

    private void bekrafta(String processor, int segment) {
        bekraftade.put(nyckel(processor, segment), System.nanoTime());
    }

    /** Forgets the processor's claims: the store takes and releases them itself. */
    private void glom(String processor) {
        bekraftade.keySet().removeIf(nyckel -> nyckel.startsWith(processor + "|"));
    }

    private static String nyckel(String processor, int segment) {
        return processor + "|" + segment;
    }
}
