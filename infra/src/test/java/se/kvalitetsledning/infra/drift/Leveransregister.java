package se.kvalitetsledning.infra.drift;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;

/**
 * Test configuration, given to the application explicitly (not annotated {@code @Configuration}, so that the
 * application's component scan does not pick it up in every other test and in the benchmarks): records, for every
 * event processor, how many times each event was handled in a unit of work that committed (a rolled-back attempt
 * that is retried is not a second delivery).
 */
public class Leveransregister {

    private final Map<String, Map<String, AtomicInteger>> levererade = new ConcurrentHashMap<>();

    @Bean
    ConfigurerModule registreraLeveranser() {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (konfiguration, processor) -> raknare(processor));
    }

    /** Per processor, per event identifier, the committed deliveries so far (a copy). */
    public Map<String, Map<String, Integer>> levererade() {
        Map<String, Map<String, Integer>> kopia = new ConcurrentHashMap<>();
        levererade.forEach((processor, ganger) -> {
            Map<String, Integer> per = new ConcurrentHashMap<>();
            ganger.forEach((id, n) -> per.put(id, n.get()));
            kopia.put(processor, per);
        });
        return kopia;
    }

    private MessageHandlerInterceptor<EventMessage<?>> raknare(String processor) {
        Map<String, AtomicInteger> ganger = levererade.computeIfAbsent(processor, p -> new ConcurrentHashMap<>());
        return (arbete, kedja) -> {
            String id = arbete.getMessage().getIdentifier();
            arbete.afterCommit(u -> ganger.computeIfAbsent(id, x -> new AtomicInteger()).incrementAndGet());
            return kedja.proceed();
        };
    }
}
