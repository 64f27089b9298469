package org.ciip.incident.grading;

/** The criteria of the grading guide, named as the impact figures of the API. */
public enum Criterion {
    ciiOverallInterruptionMinutes,
    ciiMainFunctionInterruptionMinutes,
    peopleAffected,
    provincePopulationAffectedPercent,
    personalInfoRecordsLeaked,
    directEconomicLossCny,
    portalUnreachableMinutes,
    importantDataThreat
}
