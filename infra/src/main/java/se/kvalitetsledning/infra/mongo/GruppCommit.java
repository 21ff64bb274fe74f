package se.kvalitetsledning.infra.mongo;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Commits the embedded server's events file once for a group of concurrent callers: whoever gets the lock commits all
 * writes requested so far, and the others that were waiting find their write already covered.
 */
public final class GruppCommit implements Hallbarhet {

    private final InbyggdMongoServer server;
    private final AtomicLong begarda = new AtomicLong();
    private final Object las = new Object();
    private long utforda;

    public GruppCommit(InbyggdMongoServer server) {
        this.server = server;
    }

    @Override
    public void sakerstall() {
        long min = begarda.incrementAndGet();
        synchronized (las) {
            if (utforda >= min) {
                return;
            }
            long tackt = begarda.get();
            server.commit();
            utforda = tackt;
        }
    }
}
