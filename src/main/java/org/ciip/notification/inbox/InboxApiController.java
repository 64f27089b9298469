package org.ciip.notification.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox", description = "Notices to your organization")
class InboxApiController {

    private final InboxService inbox;

    InboxApiController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "Notices to your organization, newest first")
    PageResult<InboxService.Item> list(@RequestParam(required = false) Boolean unread,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inbox.list(Actors.current(), Boolean.TRUE.equals(unread),
                PageQuery.of(page, size, null, Map.of(), "created_at desc"));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark a notice read")
    InboxService.Item read(@PathVariable UUID id) {
        return inbox.open(Actors.current(), id);
    }
}
