package se.kvalitetsledning.infra.handelselager;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.messaging.MetaData;

/**
 * Which classes' objects cannot be changed once made: the JDK's value kinds (numbers, texts, the final classes of
 * {@code java.time}), enums, Axon's metadata, and records of only such. A record holding a collection, an array or
 * a field of a wider type is not: it may be changed through it.
 */
final class Oforanderliga {

    private static final Set<Class<?>> VARDEN = Set.of(String.class, Boolean.class, Character.class, Byte.class,
            Short.class, Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class,
            UUID.class, MetaData.class);

    private final Map<Class<?>, Boolean> kanda = new ConcurrentHashMap<>();

    boolean ar(Class<?> typ) {
        return kanda.computeIfAbsent(typ, t -> ar(t, new HashSet<>()));
    }

    private static boolean ar(Class<?> typ, Set<Class<?>> provade) {
        if (typ.isPrimitive() || typ.isEnum() || VARDEN.contains(typ)
                || typ.getPackageName().equals("java.time") && Modifier.isFinal(typ.getModifiers())) {
            return true;
        }
        if (!typ.isRecord()) {
            return false;
        }
        // a record within itself is as unchangeable as the rest of it
        return !provade.add(typ) || Arrays.stream(typ.getRecordComponents()).allMatch(k -> ar(k.getType(), provade));
    }
}
