package org.ciip.supervision;

/** What a testing authorization permits (Art. 31: "vulnerability detection, penetration testing and the like"). */
public enum TestingActivity {
    VULNERABILITY_SCANNING, PENETRATION_TESTING, RED_TEAM, SOURCE_CODE_REVIEW, CONFIGURATION_REVIEW
}
