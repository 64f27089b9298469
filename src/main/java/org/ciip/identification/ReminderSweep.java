package org.ciip.identification;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sweeps for re-certification reminders every hour; safe with several instances (see
 * {@link ChangeReporting#sendDueReminders()}). */
@Component
class ReminderSweep {

    private final ChangeReporting reports;

    ReminderSweep(ChangeReporting reports) {
        this.reports = reports;
    }

    @Scheduled(cron = "${ciip.identification.reminder-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    void sweep() {
        reports.sendDueReminders();
    }
}
