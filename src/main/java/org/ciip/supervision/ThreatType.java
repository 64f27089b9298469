package org.ciip.supervision;

/** What a warning warns of (Art. 24: "threats and hidden dangers"). */
public enum ThreatType {
    VULNERABILITY, MALWARE, ATTACK_CAMPAIGN, DATA_LEAK, SUPPLY_CHAIN, OTHER
}
