package org.rcm.eligibility.benefits;

import java.util.Map;

import static org.rcm.eligibility.benefits.Rejection.Kind.FIX_DATA;
import static org.rcm.eligibility.benefits.Rejection.Kind.NEXT_SERVICE_TYPE;
import static org.rcm.eligibility.benefits.Rejection.Kind.PROVIDER_SETUP;
import static org.rcm.eligibility.benefits.Rejection.Kind.RETRY_LATER;

/** Classifies AAA03 reject reasons (005010X279A1) into what to do and which field to fix. */
public final class AaaRules {
    record Rule(Rejection.Kind kind, String field, String message) {
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("04", new Rule(RETRY_LATER, null, "payer inquiry volume exceeded; retrying later")),
            Map.entry("42", new Rule(RETRY_LATER, null, "payer unable to respond at this time; retrying later")),
            Map.entry("80", new Rule(RETRY_LATER, null, "no response received from the payer; retrying later")),
            Map.entry("15", new Rule(FIX_DATA, "registration", "required data missing in the inquiry")),
            Map.entry("56", new Rule(FIX_DATA, "dateOfService", "inappropriate date")),
            Map.entry("57", new Rule(FIX_DATA, "dateOfService", "invalid or missing date of service")),
            Map.entry("58", new Rule(FIX_DATA, "dateOfBirth", "invalid or missing date of birth")),
            Map.entry("60", new Rule(FIX_DATA, "dateOfBirth", "date of birth follows the date of service")),
            Map.entry("61", new Rule(FIX_DATA, "dateOfService", "date of death precedes the date of service")),
            Map.entry("62", new Rule(FIX_DATA, "dateOfService", "date of service outside the allowed inquiry period")),
            Map.entry("63", new Rule(FIX_DATA, "dateOfService", "date of service in the future")),
            Map.entry("64", new Rule(FIX_DATA, "memberId", "invalid or missing patient id")),
            Map.entry("65", new Rule(FIX_DATA, "name", "invalid or missing patient name")),
            Map.entry("66", new Rule(FIX_DATA, "gender", "invalid or missing patient gender")),
            Map.entry("67", new Rule(FIX_DATA, "memberId", "patient not found: check member id, name and date of birth")),
            Map.entry("68", new Rule(FIX_DATA, "memberId", "duplicate patient id")),
            Map.entry("69", new Rule(FIX_DATA, "dateOfBirth", "inconsistent with the patient's age")),
            Map.entry("70", new Rule(FIX_DATA, "gender", "inconsistent with the patient's gender")),
            Map.entry("71", new Rule(FIX_DATA, "dateOfBirth", "date of birth does not match the payer's record")),
            Map.entry("72", new Rule(FIX_DATA, "memberId", "invalid or missing member id")),
            Map.entry("73", new Rule(FIX_DATA, "name", "invalid or missing subscriber name")),
            Map.entry("74", new Rule(FIX_DATA, "gender", "invalid or missing subscriber gender")),
            Map.entry("75", new Rule(FIX_DATA, "memberId", "subscriber not found: check member id, name and date of birth")),
            Map.entry("76", new Rule(FIX_DATA, "memberId", "duplicate subscriber id")),
            Map.entry("77", new Rule(FIX_DATA, "relationship", "subscriber found, patient not found: check the dependent's data")),
            Map.entry("78", new Rule(FIX_DATA, "groupNumber", "subscriber not in the group or plan identified")),
            Map.entry("T4", new Rule(FIX_DATA, "payerId", "payer name or identifier missing")),
            Map.entry("53", new Rule(NEXT_SERVICE_TYPE, null, "inquired benefit inconsistent with provider type")),
            Map.entry("54", new Rule(NEXT_SERVICE_TYPE, null, "inappropriate service type qualifier")),
            Map.entry("55", new Rule(NEXT_SERVICE_TYPE, null, "inappropriate service type")),
            Map.entry("41", new Rule(PROVIDER_SETUP, "provider", "authorization or access restrictions")),
            Map.entry("43", new Rule(PROVIDER_SETUP, "providerNpi", "invalid or missing provider identification")),
            Map.entry("44", new Rule(PROVIDER_SETUP, "providerName", "invalid or missing provider name")),
            Map.entry("45", new Rule(PROVIDER_SETUP, "provider", "invalid or missing provider specialty")),
            Map.entry("49", new Rule(PROVIDER_SETUP, "provider", "provider is not the primary care physician")),
            Map.entry("50", new Rule(PROVIDER_SETUP, "provider", "provider ineligible for inquiries with this payer")),
            Map.entry("51", new Rule(PROVIDER_SETUP, "provider", "provider not on file with the payer")),
            Map.entry("52", new Rule(PROVIDER_SETUP, "provider", "service dates not within provider plan enrolment")),
            Map.entry("79", new Rule(PROVIDER_SETUP, "provider", "invalid participant identification")),
            Map.entry("97", new Rule(PROVIDER_SETUP, "provider", "invalid or missing provider address")));

    private AaaRules() {
    }

    public static Rejection classify(String code, String followUp, String level) {
        Rule r = RULES.get(code);
        if (r == null) {
            boolean resubmit = "P".equals(followUp) || "R".equals(followUp);
            return new Rejection(code, followUp, level, resubmit ? RETRY_LATER : FIX_DATA,
                    resubmit ? null : "registration", "payer rejected the inquiry (AAA " + code + ")");
        }
        return new Rejection(code, followUp, level, r.kind(), r.field(), r.message() + " (AAA " + code + ")");
    }
}
