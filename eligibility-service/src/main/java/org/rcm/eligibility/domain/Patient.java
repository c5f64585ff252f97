package org.rcm.eligibility.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.messaging.persistence.Lookups;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A registered patient of one tenant (PHI: never logged). */
@Entity
@Table(name = "patient")
public class Patient extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "practice_id")
    public String practiceId;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "name_key")
    public String nameKey;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    public String gender;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ClaimSubmitted.Address address;
    @Column(name = "consent_to_bill")
    public boolean consentToBill;
    @Column(name = "consent_signed_on")
    public LocalDate consentSignedOn;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Patient> findForTenant(String tenantId, String id) {
        return Lookups.byId(Patient.class, id, tenantId, e -> e.tenantId);
    }

    /** Patients of the tenant with the same normalized name and date of birth (duplicate candidates). */
    public static List<Patient> sameNameAndBirth(String tenantId, String lastName, String firstName, LocalDate dob) {
        return list("tenantId = ?1 and nameKey = ?2 and dateOfBirth = ?3", tenantId, nameKey(lastName, firstName),
                dob);
    }

    /** Case, accents, spaces, hyphens and apostrophes do not make two names different. */
    public static String nameKey(String lastName, String firstName) {
        return norm(lastName) + "|" + norm(firstName);
    }

    private static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public ClaimSubmitted.Person person(String memberId, String groupNumber) {
        return new ClaimSubmitted.Person(memberId, groupNumber, lastName, firstName, dateOfBirth, gender, address);
    }
}
