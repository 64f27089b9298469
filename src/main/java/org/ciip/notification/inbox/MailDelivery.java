package org.ciip.notification.inbox;

import java.util.UUID;
import org.ciip.identity.Accounts;
import org.ciip.notification.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails each notice to the accounts of its recipient organizations that have an address, when SMTP is configured
 * ({@code spring.mail.host}). It runs after the publishing transaction commits, off the request thread; the event
 * publication registry retries it until the mail server has accepted the messages. Without SMTP it does not exist, so
 * that a notice does not carry an event publication that would only ever be a no-op.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Accounts accounts;
    private final String from;
    private final String baseUrl;

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, Accounts accounts,
            @Value("${ciip.mail.from:ciip@localhost}") String from,
            @Value("${ciip.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.accounts = accounts;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void mail(Notice notice) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            mail(sender, notice);
        }
    }

    /** The notices of a batch, one after the other, from one publication of the event registry. */
    @ApplicationModuleListener
    void mail(org.ciip.notification.NoticeBatch batch) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            batch.notices().forEach(notice -> mail(sender, notice));
        }
    }

    private void mail(JavaMailSender sender, Notice notice) {
        for (UUID organization : notice.recipients()) {
            for (String address : accounts.emailsOf(organization)) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(address);
                message.setSubject("[CIIP] " + notice.titleZh() + " / " + notice.titleEn());
                StringBuilder text = new StringBuilder();
                text.append(notice.titleZh()).append('\n');
                if (notice.bodyZh() != null) {
                    text.append(notice.bodyZh()).append('\n');
                }
                text.append('\n').append(notice.titleEn()).append('\n');
                if (notice.bodyEn() != null) {
                    text.append(notice.bodyEn()).append('\n');
                }
                if (notice.article() != null) {
                    text.append("\n条例第").append(notice.article()).append("条 · Decree No. 745, Art. ")
                            .append(notice.article()).append('\n');
                }
                if (notice.link() != null) {
                    text.append(baseUrl).append(notice.link()).append('\n');
                }
                message.setText(text.toString());
                sender.send(message);
            }
        }
        log.debug("Notice {} e-mailed", notice.eventKey());
    }
}
