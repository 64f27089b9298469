package org.ciip.audit;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A signed tree head (RFC 9162 section 4.10): the size of the audit tree at a time, its root hash and the hash
 * function of the tree, signed by the platform's document key. The signature covers the TLS encoding of
 * {@code TreeHeadDataV2} ({@link #signedData}): the timestamp in milliseconds since the epoch and the tree size as
 * uint64, the root hash with its one-byte length, and no extensions (a two-byte zero).
 */
public record SignedTreeHead(long treeSize, Instant timestamp, String rootHash, String hashAlgorithm,
        String signatureAlgorithm, String keyId, String signature) {

    /** The bytes the signature covers. */
    public byte[] signedData() {
        return signedData(treeSize, timestamp, HexFormat.of().parseHex(rootHash));
    }

    public static byte[] signedData(long treeSize, Instant timestamp, byte[] root) {
        ByteBuffer data = ByteBuffer.allocate(8 + 8 + 1 + root.length + 2);
        data.putLong(timestamp.toEpochMilli());
        data.putLong(treeSize);
        data.put((byte) root.length);
        data.put(root);
        data.putShort((short) 0);
        return data.array();
    }
}
