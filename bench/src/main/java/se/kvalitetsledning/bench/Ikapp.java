package se.kvalitetsledning.bench;

import se.kvalitetsledning.infra.drift.Projektioner;

/** Waiting until every projection has handled every event written, between the steps of a benchmark. */
final class Ikapp {

    private Ikapp() {
    }

    static void vanta(Projektioner projektioner) throws InterruptedException {
        while (!projektioner.allaIkapp()) {
            Thread.sleep(100);
        }
    }
}
