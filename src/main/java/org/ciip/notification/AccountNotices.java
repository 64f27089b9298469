package org.ciip.notification;

import java.util.List;
import java.util.UUID;
import org.ciip.identity.AccountProposed;
import org.ciip.registry.Organizations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of accounts (DESIGN.md §3): an organization is told of every account the platform administrator makes
 * in it and of every credential the administrator resets, and whoever must confirm it (the organization's principal or
 * security officer, or the authority above an organization that has none) is asked to confirm or reject it.
 */
@Component
class AccountNotices {

    private final Notices notices;
    private final Organizations organizations;

    AccountNotices(Notices notices, Organizations organizations) {
        this.notices = notices;
        this.organizations = organizations;
    }

    @EventListener
    void on(AccountProposed e) {
        String who = e.displayName() + " (" + e.username() + ", " + String.join(", ", e.roles()) + ")";
        String key = "account:" + e.accountId() + ":" + (e.reset() == null ? "proposed"
                : "reset:" + e.at().toEpochMilli());
        if (e.reset() != null) {
            reset(e, who, key);
        } else if (e.confirmedByAuthority()) {
            String[] authority = names(e.confirmingOrganizationId());
            String[] organization = names(e.organizationId());
            notices.tell(new Notice(key, List.of(e.organizationId()), "ACCOUNT_PROPOSED", null,
                    "The platform administrator proposed an account for your organization: " + who,
                    "平台管理员为本单位提议新建账户：" + who,
                    "Your organization has no principal or security officer yet, so " + authority[0]
                            + " confirms it. It cannot sign in until then.",
                    "本单位尚无主要负责人或安全负责人，故由" + authority[1] + "确认。确认前不能登录。",
                    "/organization/accounts"));
            notices.tell(new Notice(key + ":authority", List.of(e.confirmingOrganizationId()),
                    "ACCOUNT_PROPOSED", null,
                    "Confirm an account for " + organization[0] + ": " + who,
                    "请确认" + organization[1] + "的账户：" + who,
                    organization[0] + " has no principal or security officer to confirm the accounts the platform "
                            + "administrator proposes. Confirm the person if you know them; reject the proposal "
                            + "otherwise.",
                    organization[1] + "尚无可确认账户的主要负责人或安全负责人。如确认此人身份，请予确认；否则请拒绝。",
                    "/organization/accounts"));
        } else if (e.confirmationNeeded()) {
            notices.tell(new Notice(key, List.of(e.organizationId()),
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
                    "Neither your organization nor an authority above it had a principal or security officer to "
                            + "confirm it. Accounts proposed from now on wait for their confirmation.",
                    "本单位及其上级主管机关均无可确认账户的主要负责人或安全负责人。此后提议的账户须经确认。",
                    "/organization/accounts"));
        }
    }

    private void reset(AccountProposed e, String who, String key) {
        boolean password = "PASSWORD".equals(e.reset());
        String whatEn = password ? "the password" : "the second factor";
        String whatZh = password ? "密码" : "第二重身份验证";
        if (!e.confirmationNeeded()) {
            notices.tell(new Notice(key, List.of(e.organizationId()), "ACCOUNT_RESET", null,
                    "The platform administrator reset " + whatEn + " of " + who,
                    "平台管理员重置了" + who + "的" + whatZh,
                    "Tell the platform administrator at once if nobody in your organization asked for it.",
                    "如本单位无人提出此要求，请立即告知平台管理员。", "/organization/accounts"));
            return;
        }
        String[] authority = names(e.confirmingOrganizationId());
        notices.tell(new Notice(key, List.of(e.organizationId()), "ACCOUNT_RESET", null,
                "The platform administrator reset " + whatEn + " of " + who,
                "平台管理员重置了" + who + "的" + whatZh,
                e.confirmedByAuthority()
                        ? "The account cannot sign in until " + authority[0] + " confirms it again, as your "
                                + "organization has no other principal or security officer."
                        : "The account cannot sign in until your principal or security officer confirms it again. "
                                + "Reject it if the person did not ask for the reset.",
                e.confirmedByAuthority()
                        ? "本单位没有其他主要负责人或安全负责人，该账户须经" + authority[1] + "再次确认后方可登录。"
                        : "该账户须经本单位主要负责人或安全负责人再次确认后方可登录。如本人未提出重置，请拒绝。",
                "/organization/accounts"));
        if (e.confirmedByAuthority()) {
            String[] organization = names(e.organizationId());
            notices.tell(new Notice(key + ":authority", List.of(e.confirmingOrganizationId()), "ACCOUNT_RESET",
                    null,
                    "Confirm again an account of " + organization[0] + ": " + who,
                    "请再次确认" + organization[1] + "的账户：" + who,
                    "The platform administrator reset " + whatEn + " of the only principal or security officer of "
                            + organization[0] + ". Confirm it once you have checked with the person that they asked "
                            + "for it; reject it otherwise.",
                    "平台管理员重置了" + organization[1] + "唯一的主要负责人或安全负责人的" + whatZh
                            + "。请向本人核实确系其申请后予以确认，否则请拒绝。",
                    "/organization/accounts"));
        }
    }

    /** An organization's name in English and in Chinese. */
    private String[] names(UUID organizationId) {
        return organizations.find(organizationId).map(o -> new String[] {o.nameEn() == null || o.nameEn().isBlank()
                ? o.name() : o.nameEn(), o.name()}).orElse(new String[] {organizationId.toString(),
                organizationId.toString()});
    }
}
