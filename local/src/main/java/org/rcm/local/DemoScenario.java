package org.rcm.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * The sandbox clearinghouse's payer world for the demo: a commercial payer that wants prior authorization for
 * 90837 and modifier 95 on telehealth, a Medicare-like payer that accepts 95 or 93 and limits sessions, and a
 * secondary payer. Members are numbered per payer; unknown member ids are rejected (277CA) and fail eligibility.
 */
public final class DemoScenario {
    public static final String COMMERCIAL = "SBXC1";
    public static final String MEDICARE = "SBXM1";
    public static final String SECONDARY = "SBXS1";

    private DemoScenario() {
    }

    public static String memberId(String payer, int n) {
        return payer.substring(0, 4) + String.format("%05d", n);
    }

    public static Path write(Path dir, int members) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("demo-scenario.json");
        String fees = """
                {"90791":150.00,"90832":70.00,"90834":100.00,"90837":130.00,"90833":60.00,"90836":80.00,
                 "90838":100.00,"90785":15.00,"90839":150.00,"90840":70.00,"90846":95.00,"90847":105.00,
                 "90853":40.00,"99213":90.00,"99214":130.00}""";
        String json = """
                {"seed": 42, "clearinghouseId": "SANDBOXCH", "payers": [
                  {"payerId":"%s","name":"Sandbox Commercial","defaultAllowedPercent":80,"feeSchedule":%s,
                   "timelyFilingDays":180,"authRequiredCodes":["90837"],"sessionLimit":0,
                   "telehealthModifiers":["95"],"partialPaymentRate":0.05,
                   "providerAdjustments":[],"members":[%s]},
                  {"payerId":"%s","name":"Sandbox Medicare","defaultAllowedPercent":70,"feeSchedule":%s,
                   "timelyFilingDays":365,"authRequiredCodes":[],"sessionLimit":40,
                   "telehealthModifiers":["95","93"],"partialPaymentRate":0.0,"members":[%s]},
                  {"payerId":"%s","name":"Sandbox Secondary","defaultAllowedPercent":80,"feeSchedule":%s,
                   "timelyFilingDays":365,"authRequiredCodes":[],"sessionLimit":0,
                   "telehealthModifiers":["95","93","GT"],"members":[%s]}
                ], "rules": []}
                """.formatted(COMMERCIAL, fees, members(COMMERCIAL, members, "20.00", "0", "0"),
                MEDICARE, fees, members(MEDICARE, members, "0", "20", "50.00"),
                SECONDARY, fees, members(SECONDARY, members, "0", "0", "0"));
        Files.writeString(file, json);
        return file;
    }

    private static String members(String payer, int count, String copay, String coins, String deductible) {
        StringJoiner j = new StringJoiner(",");
        for (int i = 1; i <= count; i++) {
            j.add("{\"memberId\":\"%s\",\"active\":true,\"copay\":%s,\"coinsurancePercent\":%s,\"deductibleRemaining\":%s}"
                    .formatted(memberId(payer, i), copay, coins, deductible));
        }
        return j.toString();
    }
}
