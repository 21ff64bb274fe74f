package se.kvalitetsledning.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import se.kvalitetsledning.infra.test.PaketeradApplikation;

/**
 * P4: the packaged application as its own process with a 512 MB heap on the benchmark's history; while the page
 * load runs against it, its heap is sampled over JMX. Prints the start time, the peak heap, the collections and the
 * peak resident size of the process.
 */
final class Minnesmatning implements AutoCloseable {

    static final String HEAP = "512m";

    private final PaketeradApplikation app;
    private final JMXConnector jmx;
    private final MemoryMXBean minne;
    private final AtomicLong toppHeap = new AtomicLong();
    private final Thread provtagning;
    private final double startSekunder;

    Minnesmatning(Path jar, List<String> lagringsargument, Path logg) throws Exception {
        int jmxPort = PaketeradApplikation.ledigPort();
        long start = System.nanoTime();
        this.app = PaketeradApplikation.starta(jar, List.of("-Xmx" + HEAP,
                "-Dcom.sun.management.jmxremote.port=" + jmxPort, "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
                "-Dcom.sun.management.jmxremote.local.only=true", "-Djava.rmi.server.hostname=127.0.0.1"),
                lagringsargument, PaketeradApplikation.ledigPort(), logg, Duration.ofMinutes(10));
        this.startSekunder = (System.nanoTime() - start) / 1e9;
        this.jmx = JMXConnectorFactory.connect(
                new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
        MBeanServerConnection server = jmx.getMBeanServerConnection();
        this.minne = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        this.provtagning = new Thread(this::provta, "heapprov");
        provtagning.setDaemon(true);
        provtagning.start();
    }

    String basUrl() {
        return app.basUrl();
    }

    void rapportera(Resultat resultat) throws IOException {
        List<GarbageCollectorMXBean> gc = ManagementFactory.getPlatformMXBeans(jmx.getMBeanServerConnection(),
                GarbageCollectorMXBean.class);
        resultat.rad("");
        resultat.rad("## P4 minne: applikationen som egen process med -Xmx%s", HEAP);
        resultat.rad("");
        resultat.rad("- start till första svar: %.1f s", startSekunder);
        resultat.rad("- högsta använda heap (prov var 50:e ms): %d MiB av %d MiB", toppHeap.get() >> 20,
                minne.getHeapMemoryUsage().getMax() >> 20);
        for (GarbageCollectorMXBean g : gc) {
            resultat.rad("- %s: %d samlingar, %d ms", g.getName(), g.getCollectionCount(), g.getCollectionTime());
        }
        resultat.rad("- högsta residenta storlek (VmHWM): %s", vmHwm());
        resultat.rad("- processen levde hela mätningen: %s", app.process().isAlive() ? "ja" : "nej");
    }

    private void provta() {
        while (app.process().isAlive()) {
            try {
                toppHeap.accumulateAndGet(minne.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the process is stopping
            }
        }
    }

    private String vmHwm() {
        try {
            return Files.readAllLines(Path.of("/proc/" + app.process().pid() + "/status")).stream()
                    .filter(r -> r.startsWith("VmHWM")).map(r -> r.substring(6).trim()).findFirst().orElse("okänd");
        } catch (IOException e) {
            return "okänd";
        }
    }

    @Override
    public void close() throws Exception {
        provtagning.interrupt();
        jmx.close();
        app.process().destroy();
        app.process().waitFor();
    }
}
