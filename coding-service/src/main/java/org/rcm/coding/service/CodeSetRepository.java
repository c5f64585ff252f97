package org.rcm.coding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.rcm.coding.domain.codeset.IcdCode;
import org.rcm.coding.domain.codeset.IcdLookup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** ICD-10-CM from the coding schema (imported CMS files), read by date of service. */
@ApplicationScoped
public class CodeSetRepository implements IcdLookup {
    private static final String COLUMNS = "code, billable, short_title, long_title, valid_from, valid_to";

    @Inject
    EntityManager em;

    private volatile Boolean loaded;
    /** Diagnosis-matcher candidates per (date of service, prefixes): small (behavioral chapter), reused. */
    private final Map<String, List<IcdCode>> candidates = new ConcurrentHashMap<>();

    @Override
    public Optional<IcdCode> on(String code, LocalDate dos) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from icd10cm_code where code = ?1 and valid_from <= ?2"
                + " and (valid_to is null or valid_to > ?2)").setParameter(1, IcdCode.undotted(code))
                .setParameter(2, dos).getResultList()).stream().findFirst();
    }

    @Override
    public List<IcdCode> history(String code) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from icd10cm_code where code = ?1 order by valid_from")
                .setParameter(1, IcdCode.undotted(code)).getResultList());
    }

    @Override
    public List<IcdCode> validOn(LocalDate dos, String... prefixes) {
        String key = dos + String.join(",", prefixes);
        return candidates.computeIfAbsent(key, k -> {
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < prefixes.length; i++) {
                where.append(i == 0 ? " and (" : " or ").append("code like ?").append(i + 2);
            }
            if (prefixes.length > 0) {
                where.append(')');
            }
            var q = em.createNativeQuery("select " + COLUMNS + " from icd10cm_code where valid_from <= ?1"
                    + " and (valid_to is null or valid_to > ?1)" + where).setParameter(1, dos);
            for (int i = 0; i < prefixes.length; i++) {
                q.setParameter(i + 2, prefixes[i] + "%");
            }
            return rows(q.getResultList());
        });
    }

    @Override
    public boolean loaded() {
        Boolean l = loaded;
        if (l == null) {
            l = !em.createNativeQuery("select 1 from icd10cm_code limit 1").getResultList().isEmpty();
            loaded = l;
        }
        return l;
    }

    /**
     * Whether a HCPCS Level II code is valid on the date of service by the imported CMS file (added date ..
     * termination date); empty when no HCPCS file has been imported.
     */
    public Optional<Boolean> hcpcsValidOn(String code, LocalDate dos) {
        if (em.createNativeQuery("select 1 from hcpcs_code limit 1").getResultList().isEmpty()) {
            return Optional.empty();
        }
        List<?> hit = em.createNativeQuery("select 1 from hcpcs_code where code = ?1 and kind = 'PROCEDURE'"
                        + " and (added_date is null or added_date <= ?2)"
                        + " and (termination_date is null or termination_date >= ?2)")
                .setParameter(1, code).setParameter(2, dos).getResultList();
        return Optional.of(!hit.isEmpty());
    }

    /** After an import: forget cached answers. */
    public void invalidate() {
        loaded = null;
        candidates.clear();
    }

    private static List<IcdCode> rows(List<?> result) {
        List<IcdCode> out = new ArrayList<>(result.size());
        for (Object o : result) {
            Object[] r = (Object[]) o;
            out.add(new IcdCode((String) r[0], (Boolean) r[1], (String) r[2], (String) r[3], date(r[4]), date(r[5])));
        }
        return out;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
