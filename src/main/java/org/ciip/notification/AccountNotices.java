package org.ciip.notification;

import java.util.List;
import org.ciip.identity.AccountProposed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of accounts (DESIGN.md §3): an organization is told of every account the platform administrator makes
 * in it, and asked to confirm or reject it where it has a principal or security officer to do so.
 */
@Component
class AccountNotices {

    private final Notices notices;

    AccountNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(AccountProposed e) {
        String who = e.displayName() + " (" + e.username() + ", " + String.join(", ", e.roles()) + ")";
        if (e.confirmationNeeded()) {
            notices.tell(new Notice("account:" + e.accountId() + ":proposed", List.of(e.organizationId()),
                    "ACCOUNT_PROPOSED", null,
                    "The platform administrator proposed an account for your organization: " + who,
                    "平台管理员为本单位提议新建账户：" + who,
                    "It cannot sign in until your principal or security officer confirms it. Reject it if you do not "
                            + "know this person.",
                    "须经本单位主要负责人或安全负责人确认后方可登录。如不认识此人，请拒绝。", "/organization/accounts"));
        } else {
            notices.tell(new Notice("account:" + e.accountId() + ":created", List.of(e.organizationId()),
                    "ACCOUNT_CREATED", null,
                    "The platform administrator created the first account of your organization: " + who,
                    "平台管理员为本单位创建了首个账户：" + who,
                    "Your organization had no principal or security officer to confirm it. Accounts proposed from now "
                            + "on wait for their confirmation.",
                    "本单位此前没有可确认账户的主要负责人或安全负责人。此后提议的账户须经其确认。", "/organization/accounts"));
        }
    }
}
