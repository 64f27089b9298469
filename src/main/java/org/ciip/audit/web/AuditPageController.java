package org.ciip.audit.web;

import java.time.LocalDate;
import java.util.Map;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/audit")
class AuditPageController {

    private final AuditReader reader;
    private final org.ciip.audit.tree.AuditTree tree;

    AuditPageController(AuditReader reader, org.ciip.audit.tree.AuditTree tree) {
        this.reader = reader;
        this.tree = tree;
    }

    @GetMapping
    String browse(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, Model model) {
        Actor current = Actors.current();
        var filter = new AuditReader.AuditFilter(actor, action, objectType, objectId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", reader.page(current, filter, PageQuery.of(page, 50, null, Map.of(), "id desc")));
        model.addAttribute("actions", reader.actions());
        model.addAttribute("mayVerify", AuditReader.mayVerify(current));
        return "audit/list";
    }

    @PostMapping("/verification")
    String verify(Model model) {
        AuditReader.requireMayVerify(Actors.current());
        model.addAttribute("verification", reader.verify());
        model.addAttribute("latestHead", tree.latest().orElse(null));
        return "audit/verification";
    }
}
