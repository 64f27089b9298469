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
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@Controller
@RequestMapping("/audit")
class AuditPageController {

    private final AuditReader reader;
    private final org.ciip.audit.tree.AuditTree tree;
    private final AuditWords words;
    private final org.springframework.context.MessageSource messages;

    AuditPageController(AuditReader reader, org.ciip.audit.tree.AuditTree tree, AuditWords words,
            org.springframework.context.MessageSource messages) {
        this.reader = reader;
        this.tree = tree;
        this.words = words;
        this.messages = messages;
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

    /** The entries the reader sees, with the page's filters, as CSV or XLSX in the reader's language. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            java.util.Locale locale) {
        Actor current = Actors.current();
        var filter = new AuditReader.AuditFilter(actor, action, objectType, objectId, from, to);
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> reader.page(current, filter,
                PageQuery.of(n, PageQuery.MAX_SIZE, null, Map.of(), "id desc")).items()).stream()
                .map(e -> java.util.Arrays.<Object>asList(e.seq(), e.occurredAt(), e.actor(),
                        words.action(e.action(), locale), words.object(e.objectType(), locale), e.objectId(),
                        String.join("; ", words.lines(e.summary())), e.purpose()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "audit-trail",
                new org.ciip.shared.export.TableExport.Table(m.apply("audit.title"), java.util.List.of("#",
                        m.apply("audit.at"), m.apply("audit.actor"), m.apply("audit.action"), m.apply("audit.object"),
                        m.apply("audit.objectId"), m.apply("audit.summary"), m.apply("audit.purpose")), rows));
    }

    @PostMapping("/verification")
    String verify(Model model) {
        AuditReader.requireMayVerify(Actors.current());
        model.addAttribute("verification", reader.verify());
        model.addAttribute("latestHead", tree.latest().orElse(null));
        return "audit/verification";
    }
}
