package org.ciip.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.junit.jupiter.api.Test;

/**
 * The known answers of the standards the documents CIIP issues are signed with: SM2 signatures (GB/T 32918 / GM/T
 * 0003.5 appendix A, the signer's ID of GM/T 0009) and ECDSA P-256 with SHA-256 (RFC 6979 A.2.5, deterministic); and a
 * signed document that no longer verifies once a byte changed. (SM3's examples are {@code HashAlgorithmTest}'s.)
 */
class NationalCryptographyTest {

    private static final byte[] MESSAGE_DIGEST = "message digest".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theSm2ExampleSignatureOfGmt0003VerifiesWithTheDefaultSignerId() {
        ECNamedDomainParameters curve = DocumentSigner.curve(true);
        ECPublicKeyParameters key = new ECPublicKeyParameters(curve.getCurve().createPoint(
                new BigInteger("09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020", 16),
                new BigInteger("CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13", 16)), curve);
        byte[] signature = der("F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3",
                "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA");

        assertThat(DocumentSigner.verify(true, key, MESSAGE_DIGEST, signature)).isTrue();
        assertThat(DocumentSigner.verify(true, key, "message digesT".getBytes(StandardCharsets.US_ASCII), signature))
                .isFalse();
    }

    @Test
    void theSm2SignerWithTheExamplesPrivateKeyPublishesItsPublicKeyAndSignsVerifiably() {
        DocumentSigner signer = new DocumentSigner(null, "NATIONAL",
                "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8");

        DocumentSigner.Signature signature = signer.sign(MESSAGE_DIGEST);

        assertThat(signature.algorithm()).isEqualTo("SM2-SM3");
        assertThat(signer.publishedKey().userId()).isEqualTo("1234567812345678");
        assertThat(signer.publishedKey().publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(signer.verify(MESSAGE_DIGEST, signature.value())).isTrue();
        assertThat(signer.verify(MESSAGE_DIGEST, Base64.getEncoder().encodeToString(der(
                "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3",
                "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA")))).as("the standard's own")
                .isTrue();
    }

    @Test
    void ecdsaP256VerifiesRfc6979sSampleSignatureAndSignsVerifiablyWithTheSameKey() {
        DocumentSigner signer = new DocumentSigner(null, "INTERNATIONAL",
                "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721");
        byte[] sample = "sample".getBytes(StandardCharsets.US_ASCII);

        DocumentSigner.Signature signature = signer.sign(sample);

        assertThat(signature.algorithm()).isEqualTo("ECDSA-P256-SHA256");
        assertThat(signer.verify(sample, signature.value())).isTrue();
        assertThat(signer.verify(sample, Base64.getEncoder().encodeToString(HexFormat.of().parseHex(
                "3046022100EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716"
                        + "022100F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8"))))
                .as("RFC 6979 A.2.5's signature of \"sample\" with this key").isTrue();
        assertThat(signer.verify("samples".getBytes(StandardCharsets.US_ASCII), signature.value())).isFalse();
    }

    @Test
    void aDocumentWithOneByteChangedNoLongerVerifies() {
        DocumentSigner signer = new DocumentSigner(null, "NATIONAL",
                "128B2FA8BD433C6C068C8D803DFF79792A519A55171B1B650C23661D15897263");
        byte[] document = "%PDF-1.7 a testing authorization".getBytes(StandardCharsets.US_ASCII);
        String signature = signer.sign(document).value();

        document[5] = '8';

        assertThat(signer.verify(document, signature)).isFalse();
        assertThat(signer.verify(document, "not base64!")).isFalse();
    }

    private static byte[] der(String r, String s) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(new BigInteger(r, 16)));
        v.add(new ASN1Integer(new BigInteger(s, 16)));
        try {
            return new DERSequence(v).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
