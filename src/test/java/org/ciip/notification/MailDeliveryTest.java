package org.ciip.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Notices are e-mailed, when SMTP is configured, to the recipient organization's accounts with an address. */
@RunningCiip
class MailDeliveryTest {

    /** Started before the Spring context reads its port; stopped with the test class. */
    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    /** Other notices (the demo world's) may arrive too: wait for each further message until ours are all there. */
    private static MimeMessage[] awaitMessagesWithSubjectEnding(String suffix, int expected) throws Exception {
        int seen = smtp.getReceivedMessages().length;
        while (true) {
            MimeMessage[] ours = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return m.getSubject().endsWith(suffix);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(MimeMessage[]::new);
            if (ours.length >= expected) {
                return ours;
            }
            seen++;
            assertThat(smtp.waitForIncomingEmail(10_000, seen)).as("e-mail number %d arrived", seen).isTrue();
        }
    }

    @Test
    void aNoticeToTheGridCompanyIsMailedToItsAccountsInBothLanguages() throws Exception {
        UUID grid = jdbc.queryForObject("select organization_id from account where username = 'grid-officer'",
                UUID.class);
        String key = "mail-test:" + UUID.randomUUID();
        String title = "Identification result: SCADA is CII " + key;
        transaction.executeWithoutResult(status -> events.publishEvent(new Notice(key, List.of(grid),
                "CII_IDENTIFIED", "10", title, "认定结果：SCADA 被认定为关键信息基础设施",
                "Decided by the energy department.", "由能源局作出。", "/identification/decisions/x")));

        MimeMessage[] messages = awaitMessagesWithSubjectEnding(title, 2);
        assertThat(Arrays.stream(messages).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).map(Object::toString);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("grid-officer@demo.ciip.invalid", "grid-staff@demo.ciip.invalid");
        assertThat(messages[0].getSubject()).isEqualTo("[CIIP] 认定结果：SCADA 被认定为关键信息基础设施 / " + title);
        String body = (String) messages[0].getContent();
        assertThat(body).contains("由能源局作出。", "Decided by the energy department.", "Art. 10",
                "http://localhost:8080/identification/decisions/x");
        assertThat(jdbc.queryForObject("select count(*) from notification where event_key = ?", Long.class, key))
                .as("and it is in the inbox once").isOne();
    }

    @Test
    void aBatchOfNoticesIsInTheInboxesOnceAndMailedEachToItsRecipients() throws Exception {
        UUID grid = jdbc.queryForObject("select organization_id from account where username = 'grid-officer'",
                UUID.class);
        UUID bank = jdbc.queryForObject("select organization_id from account where username = 'bank-officer'",
                UUID.class);
        String key = "batch-test:" + UUID.randomUUID();
        String longTitle = "x".repeat(400);
        transaction.executeWithoutResult(status -> events.publishEvent(new NoticeBatch(List.of(
                new Notice(key + ":grid", List.of(grid), "WARNING_MATCHED", "24", "For the grid " + key, "致电网",
                        "Your SCADA system", "您的调度系统", "/warnings/x"),
                new Notice(key + ":bank", List.of(bank), "WARNING_MATCHED", "24", "For the bank " + key + longTitle,
                        "致银行", null, null, "/warnings/x")))));

        MimeMessage[] grid1 = awaitMessagesWithSubjectEnding("For the grid " + key, 2);
        assertThat(grid1).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from notification where event_key = ? and organization_id = ?",
                Long.class, key + ":grid", grid)).isOne();
        assertThat(jdbc.queryForObject("select length(title_en) from notification where event_key = ?", Integer.class,
                key + ":bank")).as("a title longer than the column is cut, not refused").isEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from notification where event_key like ?", Long.class,
                key + "%")).isEqualTo(2);
    }
}
