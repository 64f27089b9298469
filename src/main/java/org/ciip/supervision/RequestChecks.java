package org.ciip.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ciip.shared.api.Validation;

/** The checks of a testing request's activities, windows and source addresses (Art. 31), as pure rules. */
final class RequestChecks {

    private RequestChecks() {
    }

    static List<String> activities(Validation v, List<String> given) {
        List<String> out = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            v.add("activities", "validation.required", "is required");
            return out;
        }
        for (String a : given) {
            try {
                String name = TestingActivity.valueOf(a == null ? "" : a.trim().toUpperCase(Locale.ROOT)).name();
                if (!out.contains(name)) {
                    out.add(name);
                }
            } catch (IllegalArgumentException e) {
                v.add("activities", "validation.oneOf", "must be among VULNERABILITY_SCANNING, PENETRATION_TESTING, "
                        + "RED_TEAM, SOURCE_CODE_REVIEW, CONFIGURATION_REVIEW", "VULNERABILITY_SCANNING, "
                        + "PENETRATION_TESTING, RED_TEAM, SOURCE_CODE_REVIEW, CONFIGURATION_REVIEW");
                return out;
            }
        }
        return out;
    }
    static void windows(Validation v, List<TestingRequest.Window> windows, Instant now) {
        if (windows == null || windows.isEmpty() || windows.size() > 10) {
            v.add("windows", "validation.count", "must give 1 to 10 time windows", 1, 10);
            return;
        }
        for (int i = 0; i < windows.size(); i++) {
            TestingRequest.Window w = windows.get(i);
            String f = "windows[" + i + "].";
            if (w == null || w.startsAt() == null) {
                v.add(f + "startsAt", "validation.required", "is required");
            } else if (!w.startsAt().isAfter(now)) {
                v.add(f + "startsAt", "validation.future", "must be in the future: testing is authorized before it "
                        + "starts");
            } else if (w.startsAt().isAfter(now.plus(Duration.ofDays(366)))) {
                v.add(f + "startsAt", "validation.withinYear", "must be within a year");
            }
            if (w == null || w.endsAt() == null) {
                v.add(f + "endsAt", "validation.required", "is required");
            } else if (w.startsAt() != null && !w.endsAt().isAfter(w.startsAt())) {
                v.add(f + "endsAt", "validation.notBeforeStart", "must be after the start");
            } else if (w.startsAt() != null && w.endsAt().isAfter(w.startsAt().plus(Duration.ofDays(31)))) {
                v.add(f + "endsAt", "validation.windowLength", "must be at most 31 days after the start");
            }
        }
    }
    static List<String> sources(Validation v, List<String> given) {
        List<String> out = new ArrayList<>();
        if (given == null || given.isEmpty() || given.size() > 20) {
            v.add("sourceAddresses", "validation.count", "must give 1 to 20 source addresses", 1, 20);
            return out;
        }
        for (int i = 0; i < given.size(); i++) {
            String s = given.get(i);
            var problem = TestingScope.sourceProblem(s);
            if (problem.isPresent()) {
                v.add("sourceAddresses[" + i + "]", "validation.sourceAddress", problem.get());
            } else if (!out.contains(TestingScope.normalized(s))) {
                out.add(TestingScope.normalized(s));
            }
        }
        return out;
    }
}
