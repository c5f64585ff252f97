package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A billing company's tenant made ready through the public APIs: billing setup in claim-service (practice,
 * therapists, payers mapped to the sandbox clearinghouse's payer ids, fee schedule) and patients registered in
 * eligibility-service with their coverages.
 */
public final class TenantFixture {
    private final LocalStack stack;
    private final Http http;

    public TenantFixture(LocalStack stack, Http http) {
        this.stack = stack;
        this.http = http;
    }

    public TenantFixture practice(String practiceId) {
        put("claim-service", "/setup/practices/" + practiceId, """
                {"name":"Calm Waters Counseling","npi":"1234567893","taxId":"271234567","taxIdType":"EIN",
                 "taxonomy":"103T00000X","phone":"2175550100",
                 "address":{"line1":"100 Main St","city":"Springfield","state":"IL","postalCode":"627011234"}}""");
        return this;
    }

    public TenantFixture therapist(String providerId, String npi, String lastName, String firstName) {
        put("claim-service", "/setup/providers/" + providerId, """
                {"npi":"%s","taxonomy":"1041C0700X","lastName":"%s","firstName":"%s","credentials":"LCSW"}"""
                .formatted(npi, lastName, firstName));
        return this;
    }

    public TenantFixture payer(String payerId, String clearinghousePayerId, String name, String filing,
                               String telehealthProfile) {
        put("claim-service", "/setup/payers/" + payerId, """
                {"name":"%s","clearinghousePayerId":"%s","claimFilingIndicator":"%s","timelyFilingDays":365,
                 "telehealthProfile":"%s","priorAuthCodes":[]}""".formatted(name, clearinghousePayerId, filing,
                telehealthProfile));
        return this;
    }

    public TenantFixture fees() {
        put("claim-service", "/setup/fees", """
                [{"code":"90791","charge":220.00},{"code":"90832","charge":100.00},{"code":"90834","charge":140.00},
                 {"code":"90837","charge":180.00},{"code":"90785","charge":20.00},{"code":"90839","charge":200.00},
                 {"code":"90840","charge":95.00},{"code":"90846","charge":130.00},{"code":"90847","charge":140.00},
                 {"code":"90853","charge":60.00},{"code":"90833","charge":80.00},{"code":"90836","charge":110.00},
                 {"code":"90838","charge":140.00},{"code":"99213","charge":110.00},{"code":"99214","charge":160.00}]""");
        return this;
    }

    /** Registers a patient with a primary (and optional secondary) coverage; returns the patient id. */
    public String patient(String practiceId, String lastName, String firstName, String dob, String primaryPayer,
                          String memberId, String secondaryPayer, String secondaryMember) {
        return patient(practiceId, lastName, firstName, dob, "1 Elm St", primaryPayer, memberId, secondaryPayer,
                secondaryMember);
    }

    /** The same with the first line of the patient's address. */
    public String patient(String practiceId, String lastName, String firstName, String dob, String addressLine1,
                          String primaryPayer, String memberId, String secondaryPayer, String secondaryMember) {
        String secondary = secondaryPayer == null ? "" : """
                ,{"payerId":"%s","order":2,"memberId":"%s","relationship":"18"}""".formatted(secondaryPayer,
                secondaryMember);
        Http.Reply r = http.post(stack.url("eligibility-service") + "/patients", """
                {"patient":{"practiceId":"%s","lastName":"%s","firstName":"%s","dateOfBirth":"%s","gender":"F",
                  "address":{"line1":"%s","city":"Springfield","state":"IL","postalCode":"62702"},
                  "consentToBill":true},
                 "coverages":[{"payerId":"%s","order":1,"memberId":"%s","groupNumber":"GRP1","relationship":"18"}%s]}
                """.formatted(practiceId, lastName, firstName, dob, addressLine1, primaryPayer, memberId,
                secondary));
        if (r.status() != 201 && r.status() != 200) {
            throw new IllegalStateException("patient registration answered " + r.status() + ": " + r.body());
        }
        JsonNode id = r.body().get("id");
        return id.asText();
    }

    private void put(String service, String path, String json) {
        Http.Reply r = http.put(stack.url(service) + path, json);
        if (r.status() >= 300) {
            throw new IllegalStateException("PUT " + path + " answered " + r.status() + ": " + r.body());
        }
    }
}
