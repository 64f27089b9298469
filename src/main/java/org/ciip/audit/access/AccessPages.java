package org.ciip.audit.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ciip.audit.ProtectedReads;
import org.ciip.audit.Purpose;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The purpose form a reader fills before an operator's protected records open, and the access pages. */
@Controller
class AccessPages {

    private final AccessLog log;
    private final MessageSource messages;

    AccessPages(AccessLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/purpose")
    String purposeForm(@RequestParam UUID operator, @RequestParam(name = "return", required = false) String back,
            Model model) {
        return form(operator, back, null, null, Map.of(), model);
    }

    private String form(UUID operator, String back, String code, String note, Map<String, String> errors,
            Model model) {
        model.addAttribute("operator", operator);
        model.addAttribute("back", safe(back));
        model.addAttribute("codes", Purpose.STATED_CODES);
        model.addAttribute("code", code);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        return "audit/purpose";
    }

    @PostMapping("/purpose")
    String statePurpose(@RequestParam UUID operator, @RequestParam(name = "return", required = false) String back,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) String purposeNote,
            HttpServletRequest request, Model model, Locale locale) {
        Purpose stated;
        try {
            stated = ProtectedReads.validated(purpose, purposeNote);
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            return form(operator, back, purpose, purposeNote,
                    org.ciip.shared.web.FormErrors.byField(e.fieldProblems(), messages, locale), model);
        }
        HttpSession session = request.getSession();
        @SuppressWarnings("unchecked")
        Map<UUID, Purpose> purposes = (Map<UUID, Purpose>) session.getAttribute(ProtectedReads.SESSION_PURPOSES);
        if (purposes == null) {
            purposes = new ConcurrentHashMap<>();
        }
        purposes.put(operator, stated);
        session.setAttribute(ProtectedReads.SESSION_PURPOSES, purposes);
        return "redirect:" + safe(back);
    }

    /** Only a path of CIIP itself: no scheme, no host, no protocol-relative "//". */
    static String safe(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return back;
    }

    /** The reads listed on the access log, as CSV or XLSX in the reader's language, newest first. */
    @GetMapping("/access/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            exportAccess(@RequestParam(required = false) String format, @RequestParam(required = false) UUID reader,
            Locale locale) {
        Actor actor = Actors.current();
        if (!AccessLog.mayUse(actor)) {
            throw ApiException.notFound("Access log");
        }
        boolean zh = "zh".equals(locale.getLanguage());
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        boolean oversees = AccessLog.oversees(actor);
        var rows = org.ciip.shared.export.TableExport.all(n -> log.reads(actor, reader,
                PageQuery.of(n, PageQuery.MAX_SIZE, null, Map.of(), "read_at desc")).items()).stream()
                .map(r -> {
                    java.util.List<Object> row = new java.util.ArrayList<>(java.util.Arrays.asList(r.readAt(),
                            r.reader(), zh || r.readerOrgNameEn() == null ? r.readerOrgName() : r.readerOrgNameEn()));
                    if (oversees) {
                        row.add(zh || r.operatorNameEn() == null ? r.operatorName() : r.operatorNameEn());
                    }
                    row.add(m.apply("recordType." + r.recordType()) + " " + r.what());
                    row.add(m.apply("purposeKind." + r.purposeKind())
                            + (r.purposeRef() == null ? "" : " " + r.purposeRef())
                            + (r.purposeCode() == null ? "" : " " + m.apply("purposeCode." + r.purposeCode()) + ": "
                                    + r.purposeNote()));
                    return row;
                }).toList();
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of(m.apply("access.when"),
                m.apply("access.reader"), m.apply("access.readerOrg")));
        if (oversees) {
            headers.add(m.apply("access.operator"));
        }
        headers.addAll(java.util.List.of(m.apply("access.what"), m.apply("access.purpose")));
        return org.ciip.shared.export.TableExport.download(format, "access-log",
                new org.ciip.shared.export.TableExport.Table(m.apply("access.title"), headers, rows));
    }

    @GetMapping("/access")
    String access(@RequestParam(required = false) UUID reader, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer readersPage, Model model, Locale locale) {
        Actor actor = Actors.current();
        if (!AccessLog.mayUse(actor)) {
            throw ApiException.notFound("Access log");
        }
        model.addAttribute("oversees", AccessLog.oversees(actor));
        model.addAttribute("reads", log.reads(actor, reader, PageQuery.of(page, 50, null, Map.of(), "read_at desc")));
        if (AccessLog.oversees(actor)) {
            model.addAttribute("readers", log.readersWithoutCase(actor,
                    PageQuery.of(readersPage, 25, null, Map.of(), "reads desc")));
        } else {
            model.addAttribute("readers", null);
        }
        model.addAttribute("reader", reader);
        model.addAttribute("zh", "zh".equals(locale.getLanguage()));
        return "audit/access";
    }
}
