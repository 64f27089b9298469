package org.ciip.identification.change;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sweeps for re-certification reminders every hour; safe with several instances (see
 * {@link ChangeReportService#sendDueReminders()}). */
@Component
class ReminderSweep {

    private final ChangeReportService reports;

    ReminderSweep(ChangeReportService reports) {
        this.reports = reports;
    }

    @Scheduled(cron = "${ciip.identification.reminder-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    void sweep() {
        reports.sendDueReminders();
    }
}
