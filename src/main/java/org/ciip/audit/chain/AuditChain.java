package org.ciip.audit.chain;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ciip.shared.HashAlgorithm;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain rule, documented in docs/audit.md so that anyone can verify an export offline:
 * {@code hash = hex(H(UTF-8(prevHash + canonical(entry))))}, where H is the entry's algorithm (SHA-256 or SM3), the
 * canonical form is a JSON object with the keys in alphabetical order, no white space, instants in UTC with six
 * fractional digits, and a key {@code hashAlgorithm} only when H is not SHA-256; the first entry's prevHash is 64
 * zeros.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper MAPPER = canonicalMapper();

    private AuditChain() {
    }

    public static JsonMapper canonicalMapper() {
        return JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .build();
    }

    public static String canonical(AuditEntry e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("action", e.action());
        fields.put("actor", e.actor());
        fields.put("actorOrganizationId", e.actorOrganizationId() == null ? null : e.actorOrganizationId().toString());
        if (e.algorithm() != HashAlgorithm.SHA_256) {
            // bound into the hash, so that an entry cannot be passed off as hashed with another algorithm
            fields.put("hashAlgorithm", e.algorithm().label());
        }
        fields.put("objectId", e.objectId());
        fields.put("objectType", e.objectType());
        fields.put("occurredAt", INSTANT.format(e.occurredAt()));
        fields.put("purpose", e.purpose());
        fields.put("seq", e.seq());
        fields.put("summary", e.summary());
        return MAPPER.writeValueAsString(fields);
    }

    /**
     * What an entry says, without its place in the chain: the canonical form above without {@code seq} and
     * {@code hashAlgorithm}. Its authentication code is computed over this when it is written ({@link
     * EntryAuthentication}).
     */
    public static String content(AuditEntry e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("action", e.action());
        fields.put("actor", e.actor());
        fields.put("actorOrganizationId", e.actorOrganizationId() == null ? null : e.actorOrganizationId().toString());
        fields.put("objectId", e.objectId());
        fields.put("objectType", e.objectType());
        fields.put("occurredAt", INSTANT.format(e.occurredAt()));
        fields.put("purpose", e.purpose());
        fields.put("summary", e.summary());
        return MAPPER.writeValueAsString(fields);
    }

    public static String hash(AuditEntry e) {
        return e.algorithm().hex(e.prevHash() + canonical(e));
    }
}
