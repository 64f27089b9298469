package org.ciip.notification.inbox;

import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organization's inbox in the UI. */
@Controller
class InboxController {

    private final InboxService inbox;
    private final org.springframework.context.MessageSource messages;

    InboxController(InboxService inbox, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String page(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("unreadOnly", Boolean.TRUE.equals(unread));
        model.addAttribute("notices", inbox.list(Actors.current(), Boolean.TRUE.equals(unread),
                PageQuery.of(page, 25, null, Map.of(), "created_at desc")));
        return "notification/inbox";
    }

    /**
     * The notices of the list (all, or the unread ones) as CSV or XLSX in the reader's language, newest first;
     * downloading marks none read.
     */
    @GetMapping("/inbox/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(@RequestParam(required = false) String format, @RequestParam(required = false) Boolean unread,
            java.util.Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> inbox.list(Actors.current(),
                Boolean.TRUE.equals(unread), PageQuery.of(n, PageQuery.MAX_SIZE, null, Map.of(), "created_at desc"))
                .items()).stream()
                .map(i -> java.util.Arrays.<Object>asList(i.createdAt(), chinese ? i.titleZh() : i.titleEn(),
                        i.article() == null ? null : org.ciip.shared.Citation.of(i.article(), chinese),
                        chinese ? i.bodyZh() : i.bodyEn(), i.readAt()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "inbox", new org.ciip.shared.export.TableExport
                .Table(m.apply("inbox.title"), java.util.List.of(m.apply("export.inbox.at"),
                m.apply("export.inbox.title"), m.apply("export.inbox.article"), m.apply("export.inbox.body"),
                m.apply("export.inbox.readAt")), rows));
    }

    @PostMapping("/inbox/{id}")
    String open(@PathVariable UUID id) {
        InboxService.Item item = inbox.open(Actors.current(), id);
        return "redirect:" + (item.link() == null ? "/inbox" : item.link());
    }
}
