package org.ciip.incident.report;

import java.util.List;

/** Gives tests in other packages the package-private version comparison. */
public final class VersionChangesAccess {

    private VersionChangesAccess() {
    }

    public static List<IncidentView.Version> withChanges(List<IncidentView.Version> versions) {
        return IncidentService.withChanges(versions);
    }
}
