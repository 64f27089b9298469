package org.ciip.sharing.stix;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/** The common STIX 2.1 cyber-observable objects (part 6). They have no versions of their own. */
public final class Observables {

    private Observables() {
    }

    /** A cyber-observable object: it has no version of its own. */
    public interface Observable extends WithCommon {

        @Override
        ObservableCommon common();

        @Override
        default String version() {
            return null;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ipv4Address(@JsonUnwrapped ObservableCommon common, String value, List<String> resolvesToRefs,
            List<String> belongsToRefs) implements Observable {

        @Override
        public void checkOwn(Check c) {
            c.required("value", value).refs("resolves_to_refs", resolvesToRefs, "mac-addr")
                    .refs("belongs_to_refs", belongsToRefs, "autonomous-system");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ipv6Address(@JsonUnwrapped ObservableCommon common, String value, List<String> resolvesToRefs,
            List<String> belongsToRefs) implements Observable {

        @Override
        public void checkOwn(Check c) {
            c.required("value", value).refs("resolves_to_refs", resolvesToRefs, "mac-addr")
                    .refs("belongs_to_refs", belongsToRefs, "autonomous-system");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DomainName(@JsonUnwrapped ObservableCommon common, String value, List<String> resolvesToRefs)
            implements Observable {

        @Override
        public void checkOwn(Check c) {
            c.required("value", value).refs("resolves_to_refs", resolvesToRefs, "ipv4-addr", "ipv6-addr",
                    "domain-name");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Url(@JsonUnwrapped ObservableCommon common, String value) implements Observable {

        @Override
        public void checkOwn(Check c) {
            c.required("value", value);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record File(@JsonUnwrapped ObservableCommon common, Map<String, String> hashes, Long size, String name,
            String nameEnc, String magicNumberHex, String mimeType, String ctime, String mtime, String atime,
            String parentDirectoryRef, List<String> containsRefs, String contentRef) implements Observable {

        @Override
        public void checkOwn(Check c) {
            c.atLeastOne("hashes, name", hashes, name).dictionary("hashes", hashes).range("size", size, 0,
                    Long.MAX_VALUE).timestamp("ctime", ctime).timestamp("mtime", mtime).timestamp("atime", atime)
                    .ref("parent_directory_ref", parentDirectoryRef, "directory").refs("contains_refs", containsRefs)
                    .ref("content_ref", contentRef, "artifact");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EmailAddress(@JsonUnwrapped ObservableCommon common, String value, String displayName,
            String belongsToRef) implements Observable {

        @Override
        public void checkOwn(Check c) {
            c.required("value", value).ref("belongs_to_ref", belongsToRef, "user-account");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NetworkTraffic(@JsonUnwrapped ObservableCommon common, String start, String end,
            Boolean isActive, String srcRef, String dstRef, Integer srcPort, Integer dstPort, List<String> protocols,
            Long srcByteCount, Long dstByteCount, Long srcPackets, Long dstPackets, Map<String, Object> ipfix,
            String srcPayloadRef, String dstPayloadRef, List<String> encapsulatesRefs, String encapsulatedByRef)
            implements Observable {

        @Override
        public void checkOwn(Check c) {
            c.requiredList("protocols", protocols).atLeastOne("src_ref, dst_ref", srcRef, dstRef)
                    .ref("src_ref", srcRef, "ipv4-addr", "ipv6-addr", "mac-addr", "domain-name")
                    .ref("dst_ref", dstRef, "ipv4-addr", "ipv6-addr", "mac-addr", "domain-name")
                    .range("src_port", srcPort, 0, 65535).range("dst_port", dstPort, 0, 65535)
                    .range("src_byte_count", srcByteCount, 0, Long.MAX_VALUE)
                    .range("dst_byte_count", dstByteCount, 0, Long.MAX_VALUE)
                    .range("src_packets", srcPackets, 0, Long.MAX_VALUE)
                    .range("dst_packets", dstPackets, 0, Long.MAX_VALUE).timestamp("start", start)
                    .timestamp("end", end).dictionary("ipfix", ipfix)
                    .ref("src_payload_ref", srcPayloadRef, "artifact").ref("dst_payload_ref", dstPayloadRef, "artifact")
                    .refs("encapsulates_refs", encapsulatesRefs, "network-traffic")
                    .ref("encapsulated_by_ref", encapsulatedByRef, "network-traffic");
            if (Boolean.TRUE.equals(isActive) && end != null) {
                c.fail("end", "must be absent while is_active is true");
            } else {
                c.after("end", end, "start", start);
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Software(@JsonUnwrapped ObservableCommon common, String name, String cpe, String swid,
            List<String> languages, String vendor,
            @JsonProperty("version") String softwareVersion) implements Observable {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name).list("languages", languages);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record X509Certificate(@JsonUnwrapped ObservableCommon common, Boolean isSelfSigned,
            Map<String, String> hashes,
            @JsonProperty("version") String certificateVersion, String serialNumber, String signatureAlgorithm,
            String issuer, String validityNotBefore, String validityNotAfter, String subject,
            String subjectPublicKeyAlgorithm, String subjectPublicKeyModulus, Integer subjectPublicKeyExponent,
            Map<String, Object> x509V3Extensions) implements Observable {

        @Override
        public void checkOwn(Check c) {
            c.atLeastOne("a property other than the common ones", isSelfSigned, hashes, certificateVersion, serialNumber,
                    signatureAlgorithm, issuer, validityNotBefore, validityNotAfter, subject,
                    subjectPublicKeyAlgorithm, subjectPublicKeyModulus, subjectPublicKeyExponent, x509V3Extensions)
                    .dictionary("hashes", hashes).timestamp("validity_not_before", validityNotBefore)
                    .timestamp("validity_not_after", validityNotAfter).dictionary("x509_v3_extensions",
                            x509V3Extensions);
        }
    }
}
