package se.kvalitetsledning.infra.handelselager;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.messaging.MetaData;

/**
 * Which objects cannot be changed once made: values of the JDK's immutable kinds (numbers, texts, the final classes
 * of {@code java.time}), enums, Axon's metadata, the JDK's unmodifiable lists, sets and maps ({@code List.of},
 * {@code Set.copyOf} and the like) of such, and records of only such. What a class settles is settled once; a record
 * with a collection is looked into each time, as one record may hold an unmodifiable set and another a
 * {@code HashSet}. A field of a wider type (an {@code Object}, an array, a class of another kind) may be changed.
 */
final class Oforanderliga {

    private enum Slag { JA, NEJ, SE_INNEHALLET }

    private static final Set<Class<?>> VARDEN = Set.of(String.class, Boolean.class, Character.class, Byte.class,
            Short.class, Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class,
            UUID.class, MetaData.class);
    /** The JDK's class of unmodifiable collections, whose nested classes are those of List.of, Set.of, Map.of. */
    private static final Class<?> OFORANDERLIGA_SAMLINGAR = List.of().getClass().getEnclosingClass();

    private final Map<Class<?>, Slag> kanda = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<Method>> komponenter = new ConcurrentHashMap<>();

    boolean ar(Object objekt) {
        if (objekt == null) {
            return true;
        }
        return switch (kanda.computeIfAbsent(objekt.getClass(), t -> slag(t, new HashSet<>()))) {
            case JA -> true;
            case NEJ -> false;
            case SE_INNEHALLET -> innehalletAr(objekt);
        };
    }

    private boolean innehalletAr(Object objekt) {
        if (objekt instanceof Collection<?> samling) {
            return samling.stream().allMatch(this::ar);
        }
        if (objekt instanceof Map<?, ?> karta) {
            return karta.keySet().stream().allMatch(this::ar) && karta.values().stream().allMatch(this::ar);
        }
        return komponenter.computeIfAbsent(objekt.getClass(), Oforanderliga::lasare).stream()
                .allMatch(lasare -> ar(las(lasare, objekt)));
    }

    private static Slag slag(Class<?> typ, Set<Class<?>> provade) {
        if (typ.isPrimitive() || typ.isEnum() || VARDEN.contains(typ)
                || typ.getPackageName().equals("java.time") && Modifier.isFinal(typ.getModifiers())) {
            return Slag.JA;
        }
        if (typ.getEnclosingClass() == OFORANDERLIGA_SAMLINGAR) {
            return Slag.SE_INNEHALLET;
        }
        if (!typ.isRecord()) {
            return Slag.NEJ;
        }
        if (!provade.add(typ)) {
            return Slag.JA; // a record within itself is as unchangeable as the rest of it
        }
        Slag slag = Slag.JA;
        for (RecordComponent komponent : typ.getRecordComponents()) {
            Class<?> deklarerad = komponent.getType();
            Slag komponentens = deklarerad == List.class || deklarerad == Set.class || deklarerad == Map.class
                    ? Slag.SE_INNEHALLET : slag(deklarerad, provade);
            if (komponentens == Slag.NEJ) {
                return Slag.NEJ;
            }
            if (komponentens == Slag.SE_INNEHALLET) {
                slag = Slag.SE_INNEHALLET;
            }
        }
        return slag;
    }

    private static List<Method> lasare(Class<?> post) {
        List<Method> lasare = Arrays.stream(post.getRecordComponents()).map(RecordComponent::getAccessor).toList();
        lasare.forEach(Method::trySetAccessible); // a record nested out of sight, as in a test
        return lasare;
    }

    private static Object las(Method lasare, Object post) {
        try {
            return lasare.invoke(post);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Kunde inte läsa " + lasare, e);
        }
    }
}
