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

    InboxController(InboxService inbox) {
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

    @PostMapping("/inbox/{id}")
    String open(@PathVariable UUID id) {
        InboxService.Item item = inbox.open(Actors.current(), id);
        return "redirect:" + (item.link() == null ? "/inbox" : item.link());
    }
}
