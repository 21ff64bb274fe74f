package se.kvalitetsledning.infra.axon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Aggregates kept in memory between commands, at most {@code storlek} of them: the least recently used is dropped
 * first. A dropped aggregate is simply loaded from its snapshot and events again.
 */
final class BegransadCache implements Cache {

    private final Map<Object, Object> poster;
    private final List<EntryListener> lyssnare = new CopyOnWriteArrayList<>();

    BegransadCache(int storlek) {
        this.poster = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> aldsta) {
                boolean tasBort = size() > storlek;
                if (tasBort) {
                    lyssnare.forEach(l -> l.onEntryExpired(aldsta.getKey()));
                }
                return tasBort;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Object varde = poster.get(key);
        if (varde != null) {
            lyssnare.forEach(l -> l.onEntryRead(key, varde));
        }
        return (V) varde;
    }

    @Override
    public synchronized void put(Object key, Object value) {
        boolean fanns = poster.put(key, value) != null;
        lyssnare.forEach(l -> {
            if (fanns) {
                l.onEntryUpdated(key, value);
            } else {
                l.onEntryCreated(key, value);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (poster.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public synchronized boolean remove(Object key) {
        boolean fanns = poster.remove(key) != null;
        if (fanns) {
            lyssnare.forEach(l -> l.onEntryRemoved(key));
        }
        return fanns;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(poster.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return poster.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        lyssnare.add(cacheEntryListener);
        return () -> lyssnare.remove(cacheEntryListener);
    }
}
