package org.rcm.coding.domain;

import org.rcm.platform.events.coding.CodesAssigned.CodedLine;
import org.rcm.platform.events.coding.SessionDocumented;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Individual psychotherapy by time (CPT time rule: a unit of time is attained when the midpoint is passed):
 * 16-37 minutes 90832, 38-52 90834, 53 and more 90837, under 16 not billable. Telehealth: place of service 10
 * at home, 02 elsewhere; modifier 95 for video and 93 for audio-only. Plain rules, no framework.
 */
public final class PsychotherapyCoder {

    public CodingDecision code(SessionDocumented s) {
        List<String> flags = new ArrayList<>();
        String pos = placeOfService(s.modality(), s.patientLocation());
        Integer minutes = minutes(s);
        if (minutes == null) {
            flags.add("TIME_MISSING");
            return new CodingDecision(pos, List.of(), flags);
        }
        String code = psychotherapyCode(minutes);
        if (code == null) {
            flags.add("NOT_BILLABLE_UNDER_16_MIN");
            return new CodingDecision(pos, List.of(), flags);
        }
        List<String> modifiers = switch (s.modality()) {
            case "VIDEO" -> List.of("95");
            case "AUDIO_ONLY" -> List.of("93");
            default -> List.of();
        };
        int dxCount = s.diagnoses() == null ? 0 : Math.min(4, s.diagnoses().size());
        if (dxCount == 0) {
            flags.add("NO_DIAGNOSIS");
        }
        List<Integer> pointers = IntStream.rangeClosed(1, dxCount).boxed().toList();
        String evidence = s.minutes() != null
                ? minutes + " psychotherapy minutes documented"
                : minutes + " psychotherapy minutes from start/stop " + s.startTime() + "-" + s.endTime();
        return new CodingDecision(pos, List.of(new CodedLine(code, modifiers, 1, minutes, pointers,
                "PSY-TIME-" + code, evidence)), flags);
    }

    public static String psychotherapyCode(int minutes) {
        if (minutes < 16) {
            return null;
        }
        if (minutes <= 37) {
            return "90832";
        }
        return minutes <= 52 ? "90834" : "90837";
    }

    static String placeOfService(String modality, String location) {
        if ("IN_PERSON".equals(modality)) {
            return "11";
        }
        return "HOME".equals(location) ? "10" : "02";
    }

    static Integer minutes(SessionDocumented s) {
        if (s.minutes() != null) {
            return s.minutes();
        }
        if (s.startTime() != null && s.endTime() != null && s.endTime().isAfter(s.startTime())) {
            return (int) Duration.between(s.startTime(), s.endTime()).toMinutes();
        }
        return null;
    }
}
