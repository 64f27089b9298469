package org.ciip.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.sharing.AddStatus;
import org.ciip.sharing.CollectionView;
import org.ciip.sharing.ObjectPage;
import org.ciip.sharing.ObjectQuery;
import org.ciip.sharing.SharedObject;
import org.ciip.sharing.SharingGroups;
import org.ciip.sharing.ThreatExchange;
import org.ciip.sharing.stix.Check;
import org.ciip.sharing.stix.StixCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A TAXII 2.1 server (OASIS, TAXII Version 2.1): discovery, one API root ({@code /taxii2/ciip/}), its collections, their
 * objects (get with {@code added_after}, {@code limit}, {@code next} and {@code match[...]}, add with a status
 * resource), an object and its versions, and the manifest. It speaks only {@code application/taxii+json;version=2.1}
 * (406 for another Accept, 415 for another Content-Type) and answers errors as TAXII error messages. Callers
 * authenticate with a CIIP API token (Bearer, or HTTP Basic with the account's name and the token).
 */
@Controller
class TaxiiController {

    static final String TAXII = "application/taxii+json;version=2.1";
    static final String STIX = "application/stix+json;version=2.1";
    private static final String ROOT = "/taxii2/ciip/";
    private static final long MAX_CONTENT_LENGTH = 10L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TaxiiController.class);

    private final SharingGroups groups;
    private final ThreatExchange exchange;

    TaxiiController(SharingGroups groups, ThreatExchange exchange) {
        this.groups = groups;
        this.exchange = exchange;
    }

    @GetMapping({"/taxii2/", "/taxii2"})
    ResponseEntity<String> discovery(HttpServletRequest request) {
        accepts(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "CIIP threat information sharing (Art. 23)");
        body.put("description", "STIX 2.1 objects of the national and sector collections, marked with TLP 2.0");
        body.put("default", ROOT);
        body.put("api_roots", List.of(ROOT));
        return ok(body);
    }

    @GetMapping({"/taxii2/ciip/", "/taxii2/ciip"})
    ResponseEntity<String> apiRoot(HttpServletRequest request) {
        accepts(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "CIIP");
        body.put("description", "Collections of CAC and the protection departments");
        body.put("versions", List.of(TAXII));
        body.put("max_content_length", MAX_CONTENT_LENGTH);
        return ok(body);
    }

    @GetMapping({"/taxii2/ciip/collections/", "/taxii2/ciip/collections"})
    ResponseEntity<String> collections(HttpServletRequest request) {
        accepts(request);
        List<Map<String, Object>> collections = groups.collections(Actors.current()).stream()
                .map(TaxiiController::collection).toList();
        return ok(collections.isEmpty() ? Map.of() : Map.of("collections", collections));
    }

    @GetMapping({"/taxii2/ciip/collections/{id}/", "/taxii2/ciip/collections/{id}"})
    ResponseEntity<String> collection(HttpServletRequest request, @PathVariable String id) {
        accepts(request);
        return ok(collection(groups.collection(Actors.current(), uuid(id))));
    }

    @GetMapping({"/taxii2/ciip/collections/{id}/objects/", "/taxii2/ciip/collections/{id}/objects"})
    ResponseEntity<String> objects(HttpServletRequest request, @PathVariable String id) {
        accepts(request);
        ObjectPage page = exchange.objects(Actors.current(), uuid(id), query(request));
        return envelope(page, page.objects().stream().map(o -> (Object) StixCodec.MAPPER.readTree(o.json())).toList(),
                "objects");
    }

    @PostMapping({"/taxii2/ciip/collections/{id}/objects/", "/taxii2/ciip/collections/{id}/objects"})
    ResponseEntity<String> add(HttpServletRequest request, @PathVariable String id) throws IOException {
        accepts(request);
        MediaType contentType;
        try {
            contentType = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            contentType = null;
        }
        if (contentType == null || !isTaxii(contentType)) {
            throw new TaxiiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send the envelope as " + TAXII);
        }
        if (request.getContentLengthLong() > MAX_CONTENT_LENGTH) {
            throw new TaxiiError(HttpStatus.CONTENT_TOO_LARGE, "Too large",
                    "This API root takes at most " + MAX_CONTENT_LENGTH + " bytes");
        }
        byte[] bytes = request.getInputStream().readNBytes((int) MAX_CONTENT_LENGTH + 1);
        if (bytes.length > MAX_CONTENT_LENGTH) {
            throw new TaxiiError(HttpStatus.CONTENT_TOO_LARGE, "Too large",
                    "This API root takes at most " + MAX_CONTENT_LENGTH + " bytes");
        }
        JsonNode body;
        try {
            body = StixCodec.MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new TaxiiError(HttpStatus.BAD_REQUEST, "Not JSON", "The body is not a JSON envelope");
        }
        AddStatus status = exchange.add(Actors.current(), uuid(id), body);
        return respond(HttpStatus.ACCEPTED, status(status), new HttpHeaders());
    }

    @GetMapping({"/taxii2/ciip/collections/{id}/objects/{objectId}/",
        "/taxii2/ciip/collections/{id}/objects/{objectId}"})
    ResponseEntity<String> object(HttpServletRequest request, @PathVariable String id, @PathVariable String objectId) {
        accepts(request);
        ObjectPage page = exchange.object(Actors.current(), uuid(id), objectId, query(request));
        return envelope(page, page.objects().stream().map(o -> (Object) StixCodec.MAPPER.readTree(o.json())).toList(),
                "objects");
    }

    @GetMapping({"/taxii2/ciip/collections/{id}/objects/{objectId}/versions/",
        "/taxii2/ciip/collections/{id}/objects/{objectId}/versions"})
    ResponseEntity<String> versions(HttpServletRequest request, @PathVariable String id,
            @PathVariable String objectId) {
        accepts(request);
        ObjectPage page = exchange.versions(Actors.current(), uuid(id), objectId, query(request));
        return envelope(page, page.objects().stream().map(o -> (Object) ThreatExchange.timestamp(o.version()))
                .toList(), "versions");
    }

    @GetMapping({"/taxii2/ciip/collections/{id}/manifest/", "/taxii2/ciip/collections/{id}/manifest"})
    ResponseEntity<String> manifest(HttpServletRequest request, @PathVariable String id) {
        accepts(request);
        ObjectPage page = exchange.objects(Actors.current(), uuid(id), query(request));
        return envelope(page, page.objects().stream().<Object>map(TaxiiController::manifestRecord).toList(), "objects");
    }

    @GetMapping({"/taxii2/ciip/status/{id}/", "/taxii2/ciip/status/{id}"})
    ResponseEntity<String> status(HttpServletRequest request, @PathVariable String id) {
        accepts(request);
        return ok(status(exchange.status(Actors.current(), uuid(id))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> error(Exception e) {
        if (e instanceof TaxiiError t) {
            return error(t.status, t.title, t.description, null);
        }
        if (e instanceof ApiException api) {
            HttpStatus status = HttpStatus.valueOf(api.getStatusCode().value());
            Object errors = api.getBody().getProperties() == null ? null : api.getBody().getProperties().get("errors");
            return error(status, api.getBody().getTitle(), api.getBody().getDetail(), errors);
        }
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return error(HttpStatus.valueOf(response.getStatusCode().value()), "Bad request",
                    response.getBody().getDetail(), null);
        }
        log.error("TAXII request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Server error", "The server could not answer", null);
    }

    private static ResponseEntity<String> error(HttpStatus status, String title, String description, Object errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("http_status", Integer.toString(status.value()));
        if (errors instanceof List<?> list) {
            body.put("details", Map.of("errors", list.stream().map(p -> p instanceof FieldProblem f
                    ? Map.of("field", f.field(), "message", f.message()) : p).toList()));
        }
        return respond(status, body, new HttpHeaders());
    }

    /** A TAXII error the controller raises itself. */
    static final class TaxiiError extends RuntimeException {
        private final HttpStatus status;
        private final String title;
        private final String description;

        TaxiiError(HttpStatus status, String title, String description) {
            super(description, null, false, false);
            this.status = status;
            this.title = title;
            this.description = description;
        }
    }

    /** 406 unless the client accepts the TAXII 2.1 media type. */
    private static void accepts(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        List<MediaType> types;
        try {
            types = accept == null ? List.of() : MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            types = List.of();
        }
        if (types.stream().noneMatch(TaxiiController::isTaxii)) {
            throw new TaxiiError(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "Accept " + TAXII);
        }
    }

    private static boolean isTaxii(MediaType type) {
        return "application".equals(type.getType()) && "taxii+json".equals(type.getSubtype())
                && (type.getParameter("version") == null || "2.1".equals(type.getParameter("version")));
    }

    private static ObjectQuery query(HttpServletRequest request) {
        Instant addedAfter = null;
        String after = request.getParameter("added_after");
        if (after != null) {
            addedAfter = Check.parse(after);
            if (addedAfter == null) {
                throw ApiException.invalid("added_after", "is a timestamp like 2026-12-02T08:00:00.000Z");
            }
        }
        Integer limit = null;
        if (request.getParameter("limit") != null) {
            try {
                limit = Integer.valueOf(request.getParameter("limit"));
            } catch (NumberFormatException e) {
                limit = 0;
            }
            if (limit < 1) {
                throw ApiException.invalid("limit", "is a whole number from 1");
            }
        }
        return ObjectQuery.taxii(addedAfter, limit, request.getParameter("next"), match(request, "id"),
                match(request, "type"), match(request, "version"), match(request, "spec_version"));
    }

    private static List<String> match(HttpServletRequest request, String field) {
        String[] values = request.getParameterValues("match[" + field + "]");
        return values == null ? List.of() : Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("collection");
        }
    }

    private static Map<String, Object> collection(CollectionView c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", c.id().toString());
        body.put("title", c.titleEn());
        body.put("description", (c.description() == null ? "" : c.description() + " ") + "(" + c.title() + ")");
        if (c.sector() != null) {
            body.put("alias", c.sector().toLowerCase(java.util.Locale.ROOT));
        }
        body.put("can_read", true);
        body.put("can_write", c.canWrite());
        body.put("media_types", List.of(STIX));
        return body;
    }

    private static Map<String, Object> manifestRecord(SharedObject o) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", o.stixId());
        record.put("date_added", ThreatExchange.timestamp(o.dateAdded()));
        record.put("version", ThreatExchange.timestamp(o.version()));
        record.put("media_type", STIX);
        return record;
    }

    private static Map<String, Object> status(AddStatus s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", s.id().toString());
        body.put("status", "complete");
        body.put("request_timestamp", ThreatExchange.timestamp(s.requestedAt()));
        body.put("total_count", s.totalCount());
        body.put("success_count", s.successCount());
        body.put("successes", s.successes().stream().map(TaxiiController::outcome).toList());
        body.put("failure_count", s.failureCount());
        body.put("failures", s.failures().stream().map(TaxiiController::outcome).toList());
        body.put("pending_count", 0);
        body.put("pendings", List.of());
        return body;
    }

    private static Map<String, Object> outcome(AddStatus.Outcome o) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", o.id() == null ? "" : o.id());
        if (o.version() != null) {
            body.put("version", o.version());
        }
        if (o.message() != null) {
            body.put("message", o.message());
        }
        return body;
    }

    private static ResponseEntity<String> envelope(ObjectPage page, List<Object> items, String property) {
        Map<String, Object> body = new LinkedHashMap<>();
        HttpHeaders headers = new HttpHeaders();
        if (!page.objects().isEmpty()) {
            body.put("more", page.more());
            if (page.more()) {
                body.put("next", page.next());
            }
            body.put(property, items);
            headers.set("X-TAXII-Date-Added-First", ThreatExchange.timestamp(page.objects().getFirst().dateAdded()));
            headers.set("X-TAXII-Date-Added-Last", ThreatExchange.timestamp(page.objects().getLast().dateAdded()));
        }
        return respond(HttpStatus.OK, body, headers);
    }

    private static ResponseEntity<String> ok(Object body) {
        return respond(HttpStatus.OK, body, new HttpHeaders());
    }

    private static ResponseEntity<String> respond(HttpStatus status, Object body, HttpHeaders headers) {
        headers.setContentType(MediaType.parseMediaType(TAXII));
        return ResponseEntity.status(status).headers(headers).body(StixCodec.MAPPER.writeValueAsString(body));
    }
}
