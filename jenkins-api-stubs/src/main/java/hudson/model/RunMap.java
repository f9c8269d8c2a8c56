package hudson.model;

import java.util.AbstractMap;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/* The real class reaches AbstractMap and SortedMap through jenkins.model.lazy.AbstractLazyLoadRunMap. */
public final class RunMap<R extends Run<?, R>> extends AbstractMap<Integer, R> implements SortedMap<Integer, R> {
    private RunMap() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Set<Map.Entry<Integer, R>> entrySet() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Comparator<? super Integer> comparator() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public SortedMap<Integer, R> subMap(Integer fromKey, Integer toKey) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public SortedMap<Integer, R> headMap(Integer toKey) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public SortedMap<Integer, R> tailMap(Integer fromKey) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Integer firstKey() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Integer lastKey() {
        throw new UnsupportedOperationException("stub");
    }
}
