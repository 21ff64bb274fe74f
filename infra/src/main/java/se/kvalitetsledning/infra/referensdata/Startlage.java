package se.kvalitetsledning.infra.referensdata;

import org.springframework.stereotype.Component;

/** Whether this start found an empty store, which is when demo data may be generated. */
@Component
public class Startlage {

    private volatile boolean tomtLagerVidStart;

    void referensdataInlast(boolean tomtLager) {
        this.tomtLagerVidStart = tomtLager;
    }

    public boolean tomtLagerVidStart() {
        return tomtLagerVidStart;
    }
}
