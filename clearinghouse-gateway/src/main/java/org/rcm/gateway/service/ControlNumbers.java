package org.rcm.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * ISA13, GS06 and ST02 per trading partner from the database: the row update is atomic and commits with the batch
 * that uses the numbers, so a number is never handed out twice. Past 999999999 nothing wraps: it fails loudly.
 */
@ApplicationScoped
public class ControlNumbers {
    @Inject
    EntityManager em;

    public record Allocated(long isa13, long gs06, long st02) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Allocated next(String partnerId) {
        em.createNativeQuery("INSERT INTO partner_control_number (partner_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, partnerId).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("UPDATE partner_control_number SET last_isa13 = last_isa13 + 1,"
                        + " last_gs06 = last_gs06 + 1, last_st02 = last_st02 + 1 WHERE partner_id = ?1"
                        + " RETURNING last_isa13, last_gs06, last_st02")
                .setParameter(1, partnerId).getSingleResult();
        Allocated a = new Allocated(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
        if (a.isa13() > 999_999_999L || a.gs06() > 999_999_999L || a.st02() > 999_999_999L) {
            throw new IllegalStateException("control numbers exhausted for partner " + partnerId);
        }
        return a;
    }
}
