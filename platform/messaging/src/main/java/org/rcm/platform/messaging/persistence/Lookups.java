package org.rcm.platform.messaging.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;

import java.util.Optional;
import java.util.function.Function;

/** Lookups on the hot paths of every service, without costs Hibernate would otherwise pay on each call. */
public final class Lookups {
    private Lookups() {
    }

    /**
     * Rows of {@code entity} matching an HQL condition with positional parameters {@code ?1, ?2…}. Use it instead of
     * Panache's {@code count()}: that one derives a count query from the query tree on every call, and Hibernate never
     * caches the plan of a derived query (a full SQL translation per call); this is a plain HQL query, planned once.
     */
    public static long count(Class<?> entity, String where, Object... params) {
        TypedQuery<Long> q = Panache.getEntityManager(entity).createQuery(
                "select count(*) from " + entity.getSimpleName() + " where " + where, Long.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getSingleResult();
    }

    /**
     * The entity with this primary key if it belongs to {@code tenantId}: a load by id (the persistence context first,
     * no query to translate), where a {@code tenantId = ?1 and id = ?2} query went through HQL every time.
     */
    public static <T> Optional<T> byId(Class<T> entity, Object id, String tenantId, Function<T, String> tenantOf) {
        return Optional.ofNullable(Panache.getEntityManager(entity).find(entity, id))
                .filter(e -> tenantOf.apply(e).equals(tenantId));
    }
}
