package org.ciip.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * Files at rest: the known answers of SM4 (GB/T 32907 example 1), SM4-GCM (RFC 8998 appendix A.1) and AES-256-GCM (the
 * GCM specification's test case 16); a file bound to its record; and a key rotated with the old key kept for reading.
 */
class ContentEncryptionTest {

    static final HexFormat HEX = HexFormat.of();
    static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String K2 = Base64.getEncoder().encodeToString(HEX.parseHex(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));

    @Test
    void sm4EncryptsTheExampleOfGbt32907() {
        SM4Engine sm4 = new SM4Engine();
        sm4.init(true, new KeyParameter(HEX.parseHex("0123456789abcdeffedcba9876543210")));
        byte[] out = new byte[16];
        sm4.processBlock(HEX.parseHex("0123456789abcdeffedcba9876543210"), 0, out, 0);
        assertThat(HEX.formatHex(out)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    @Test
    void sm4GcmGivesTheAnswerOfRfc8998AndRefusesAnAlteredByte() {
        byte[] key = HEX.parseHex("0123456789ABCDEFFEDCBA9876543210");
        byte[] nonce = HEX.parseHex("00001234567800000000ABCD");
        byte[] aad = HEX.parseHex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
        byte[] plaintext = HEX.parseHex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                + "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
        byte[] sealed = ContentEncryption.seal(ContentEncryption.Cipher.SM4_GCM, key, nonce, plaintext, aad);
        assertThat(HEX.formatHex(sealed)).isEqualToIgnoringCase(
                "17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
                        + "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D"
                        + "83DE3541E4C2B58177E065A9BF7B62EC");
        assertThat(ContentEncryption.open(ContentEncryption.Cipher.SM4_GCM, key, nonce, sealed, aad))
                .isEqualTo(plaintext);
        sealed[10] ^= 1;
        assertThatThrownBy(() -> ContentEncryption.open(ContentEncryption.Cipher.SM4_GCM, key, nonce, sealed, aad))
                .hasMessageContaining("fails its authentication tag");
    }

    @Test
    void aes256GcmGivesTheAnswerOfTheGcmSpecificationsTestCase16() {
        byte[] key = HEX.parseHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        byte[] nonce = HEX.parseHex("cafebabefacedbaddecaf888");
        byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        byte[] plaintext = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        assertThat(HEX.formatHex(ContentEncryption.seal(ContentEncryption.Cipher.AES_256_GCM, key, nonce, plaintext,
                aad))).isEqualTo("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                        + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                        + "76fc6ece0f4e1768cddf8853bb2d551b");
    }

    @Test
    void aFileIsReadOnlyForItsOwnRecordAndEachEncryptionTakesAFreshNonce() {
        ContentEncryption national = new ContentEncryption(null, "NATIONAL",
                "n1:" + Base64.getEncoder().encodeToString(new byte[16]));
        byte[] file = "%PDF-1.7 an inspection record".getBytes(StandardCharsets.US_ASCII);
        UUID record = UUID.randomUUID();

        ContentEncryption.Sealed sealed = national.encrypt(file, record);

        assertThat(sealed.cipher()).isEqualTo("SM4-GCM");
        assertThat(sealed.keyId()).isEqualTo("n1");
        assertThat(new String(sealed.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("inspection record");
        assertThat(national.encrypt(file, record).bytes()).isNotEqualTo(sealed.bytes());
        assertThat(national.decrypt("SM4-GCM", "n1", sealed.bytes(), record)).isEqualTo(file);
        assertThatThrownBy(() -> national.decrypt("SM4-GCM", "n1", sealed.bytes(), UUID.randomUUID()))
                .as("moved to another record").hasMessageContaining("not this record's");
        assertThat(national.decrypt(null, null, file, record)).as("kept before encryption at rest").isEqualTo(file);
    }

    @Test
    void aRotatedKeyEncryptsWhileTheOldOneStillReadsAndFilesMoveToTheNewOne() {
        ContentEncryption before = new ContentEncryption(null, "INTERNATIONAL", "k1:" + K1);
        ContentEncryption after = new ContentEncryption(null, "INTERNATIONAL", "k2:" + K2 + ", k1:" + K1);
        ContentEncryption oldKeyDropped = new ContentEncryption(null, "INTERNATIONAL", "k2:" + K2);
        byte[] file = "evidence".getBytes(StandardCharsets.US_ASCII);
        String record = UUID.randomUUID().toString();
        ContentEncryption.Sealed old = before.encrypt(file, record);

        assertThat(after.decrypt(old.cipher(), old.keyId(), old.bytes(), record)).isEqualTo(file);
        assertThat(after.current(old.cipher(), old.keyId())).isFalse();
        ContentEncryption.Sealed[] moved = new ContentEncryption.Sealed[1];
        assertThat(after.moveToCurrent(List.of(new ContentEncryption.StoredFile(record, old.cipher(), old.keyId(),
                old.bytes())), (stored, sealed) -> {
                    moved[0] = sealed;
                    return 1;
                })).isOne();
        assertThat(moved[0].keyId()).isEqualTo("k2");
        assertThat(oldKeyDropped.decrypt(moved[0].cipher(), moved[0].keyId(), moved[0].bytes(), record))
                .isEqualTo(file);
        assertThatThrownBy(() -> oldKeyDropped.decrypt(old.cipher(), old.keyId(), old.bytes(), record))
                .hasMessageContaining("the content key k1 is not configured");
        assertThatThrownBy(() -> new ContentEncryption(null, "NATIONAL", "n1:" + K1).currentKeyId())
                .hasMessageContaining("must be 16 bytes for SM4-GCM");
    }
}
