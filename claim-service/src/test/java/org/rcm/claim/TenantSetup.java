package org.rcm.claim;

import io.restassured.http.ContentType;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.eligibility.Coverage;
import org.rcm.platform.events.eligibility.PatientRegistered;
import org.rcm.platform.testsupport.Tokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A fresh tenant with billing setup done through the REST API, plus builders of the events claim-service consumes. */
final class TenantSetup {
    static final LocalDate DOS = LocalDate.now().minusDays(3);
    static final ClaimSubmitted.Address HOME = new ClaimSubmitted.Address("1 Elm St", null, "Springfield", "IL", "62702");

    final String tenant = "tenant-" + UUID.randomUUID();
    final String token = Tokens.mint(tenant, "billie", "biller");

    TenantSetup practiceAndProvider() {
        put("/setup/practices/prac", """
                {"name":"Calm Waters Counseling","npi":"1234567893","taxId":"271234567","taxIdType":"EIN",
                 "taxonomy":"103T00000X","phone":"2175550100",
                 "address":{"line1":"100 Main St","city":"Springfield","state":"IL","postalCode":"627011234"},
                 "payTo":{"line1":"PO Box 77","city":"Springfield","state":"IL","postalCode":"627050077"}}""");
        put("/setup/providers/sup", """
                {"npi":"1245319599","taxonomy":"2084P0800X","lastName":"Nguyen","firstName":"Lee","credentials":"MD"}""");
        put("/setup/providers/prov", """
                {"npi":"1497758544","taxonomy":"1041C0700X","lastName":"Rivera","firstName":"Ana","credentials":"LCSW",
                 "supervisingProviderId":"sup"}""");
        return this;
    }

    TenantSetup payer(String id, String priorAuthCodes) {
        put("/setup/payers/" + id, """
                {"name":"Payer %s","clearinghousePayerId":"6%04d","claimFilingIndicator":"CI","timelyFilingDays":90,
                 "telehealthProfile":"COMMERCIAL_95","priorAuthCodes":[%s]}""".formatted(id, Math.abs(id.hashCode()) % 10000,
                priorAuthCodes));
        return this;
    }

    TenantSetup fees() {
        put("/setup/fees", """
                [{"code":"90834","charge":140.00},{"code":"90837","charge":180.00},{"code":"90785","charge":20.00}]""");
        return this;
    }

    TenantSetup all() {
        return practiceAndProvider().payer("payer-1", "").payer("payer-2", "").fees();
    }

    void put(String path, String json) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(json).put(path).then().statusCode(200);
    }

    static PatientRegistered patient(String patientId, boolean secondary) {
        var demo = new ClaimSubmitted.Person(null, null, "Doe", "Jane", LocalDate.of(1985, 4, 12), "F", HOME);
        List<Coverage> coverages = new ArrayList<>();
        coverages.add(new Coverage("cov1", "payer-1", 1, "M100", "G1", "18", null, DOS.minusYears(1), null));
        if (secondary) {
            var spouse = new ClaimSubmitted.Person(null, null, "Doe", "John", LocalDate.of(1983, 2, 1), "M", HOME);
            coverages.add(new Coverage("cov2", "payer-2", 2, "S200", "G2", "01", spouse, DOS.minusYears(1), null));
        }
        return new PatientRegistered(patientId, "prac", demo, true, coverages);
    }

    static CodesAssigned codes(String sessionId, String patientId, String... codes) {
        List<CodesAssigned.CodedLine> lines = new ArrayList<>();
        for (String c : codes) {
            lines.add(new CodesAssigned.CodedLine(c, List.of(), 1, 53, List.of(1), "PSY-TIME", "documented minutes"));
        }
        return new CodesAssigned(sessionId, 1, "prac", "prov", patientId, "payer-1", DOS, "11", List.of("F41.1"),
                lines, List.of(), null);
    }
}
