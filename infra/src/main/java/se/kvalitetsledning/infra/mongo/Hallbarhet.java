package se.kvalitetsledning.infra.mongo;

/**
 * Makes what has been written so far survive a crash, before a command is acknowledged. A real MongoDB does this
 * through its write concern; the embedded server needs an explicit commit.
 */
public interface Hallbarhet {

    void sakerstall();
}
