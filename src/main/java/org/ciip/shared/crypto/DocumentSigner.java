package org.ciip.shared.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.ciip.shared.HashAlgorithm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs the documents CIIP issues (Art. 50 para 2): with SM2 over SM3 (GB/T 32918, the signer's ID the default of
 * GM/T 0009, {@code 1234567812345678}; BouncyCastle) when the deployment's suite is NATIONAL, with ECDSA P-256 over
 * SHA-256 (the JDK's provider) when it is INTERNATIONAL. The private key is the scalar the platform's operator supplies ({@code ciip.crypto.signing-key},
 * 64 hex digits, from its secret store); without one, a key is generated once and kept in the database, which suits the
 * embedded demo. The public key is published ({@link #publishedKey()}), so that anyone can check a document offline.
 */
@Component
public class DocumentSigner {

    /** The signer's ID of SM2 signatures: GM/T 0009's default. */
    public static final String SM2_USER_ID = "1234567812345678";

    /** A detached signature: the algorithm, the key's id, and the DER signature in Base64. */
    public record Signature(String algorithm, String keyId, String value) {
    }

    /** The public key as anyone may fetch it. */
    public record PublishedKey(String algorithm, String keyId, String userId, String publicKeyPem) {
    }

    private final PlatformSecrets secrets;
    private final boolean national;
    private final String configuredKey;
    private volatile Keys keys;

    private record Keys(ECPrivateKeyParameters privateKey, ECPublicKeyParameters publicKey, PublishedKey published,
            java.security.PrivateKey jcaPrivateKey) {
    }

    DocumentSigner(PlatformSecrets secrets, @Value("${ciip.crypto.suite:INTERNATIONAL}") String suite,
            @Value("${ciip.crypto.signing-key:}") String configuredKey) {
        this.secrets = secrets;
        this.national = HashAlgorithm.ofSuite(suite) == HashAlgorithm.SM3;
        this.configuredKey = configuredKey.trim();
    }

    public String algorithm() {
        return national ? "SM2-SM3" : "ECDSA-P256-SHA256";
    }

    public Signature sign(byte[] document) {
        Keys k = keys();
        if (!national) {
            // the JDK's own P-256 (SunEC) signs three times faster than BouncyCastle's, which matters on the path of
            // every incident receipt; its signatures are the same DER ECDSA over SHA-256, with a random k
            try {
                java.security.Signature jca = java.security.Signature.getInstance("SHA256withECDSA");
                jca.initSign(k.jcaPrivateKey());
                jca.update(document);
                return new Signature(algorithm(), k.published().keyId(), Base64.getEncoder()
                        .encodeToString(jca.sign()));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException("the document could not be signed", e);
            }
        }
        Signer signer = signer(national);
        signer.init(true, national
                ? new ParametersWithID(new ParametersWithRandom(k.privateKey(), new SecureRandom()), userId())
                : k.privateKey());
        signer.update(document, 0, document.length);
        try {
            return new Signature(algorithm(), k.published().keyId(), Base64.getEncoder()
                    .encodeToString(signer.generateSignature()));
        } catch (CryptoException e) {
            throw new IllegalStateException("the document could not be signed", e);
        }
    }

    /** Whether {@code signature} (Base64 DER) is this platform's signature of exactly these bytes. */
    public boolean verify(byte[] document, String signature) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return verify(national, keys().publicKey(), document, der);
    }

    /** Verifies a signature with a public key: SM2-SM3 ({@code national}) or ECDSA P-256 over SHA-256. */
    public static boolean verify(boolean national, ECPublicKeyParameters key, byte[] document, byte[] der) {
        Signer verifier = signer(national);
        verifier.init(false, national ? new ParametersWithID(key, userId()) : key);
        verifier.update(document, 0, document.length);
        try {
            return verifier.verifySignature(der);
        } catch (RuntimeException e) {
            return false;
        }
    }

    public PublishedKey publishedKey() {
        return keys().published();
    }

    /** The domain parameters of the suite's curve: sm2p256v1 (GB/T 32918.5) or P-256. */
    public static ECNamedDomainParameters curve(boolean national) {
        ASN1ObjectIdentifier oid = national ? GMObjectIdentifiers.sm2p256v1 : SECObjectIdentifiers.secp256r1;
        X9ECParameters x9 = national ? GMNamedCurves.getByOID(oid) : ECNamedCurveTable.getByOID(oid);
        return new ECNamedDomainParameters(oid, x9);
    }

    private static Signer signer(boolean national) {
        return national ? new SM2Signer()
                : new DSADigestSigner(new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest())), new SHA256Digest());
    }

    private static byte[] userId() {
        return SM2_USER_ID.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private Keys keys() {
        Keys current = keys;
        if (current != null) {
            return current;
        }
        ECNamedDomainParameters curve = curve(national);
        String scalar = configuredKey.isEmpty()
                ? secrets.keep("document-signing-key:" + algorithm(), fresh(curve)) : configuredKey;
        BigInteger d;
        try {
            d = new BigInteger(scalar, 16);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("ciip.crypto.signing-key must be the private key as 64 hex digits");
        }
        if (d.signum() <= 0 || d.compareTo(curve.getN()) >= 0) {
            throw new IllegalStateException("ciip.crypto.signing-key is not a private key of " + algorithm());
        }
        ECPrivateKeyParameters privateKey = new ECPrivateKeyParameters(d, curve);
        ECPublicKeyParameters publicKey = new ECPublicKeyParameters(curve.getG().multiply(d).normalize(), curve);
        byte[] spki;
        try {
            spki = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String keyId = (national ? HashAlgorithm.SM3 : HashAlgorithm.SHA_256).hex(spki).substring(0, 16);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(spki) + "\n-----END PUBLIC KEY-----\n";
        current = new Keys(privateKey, publicKey, new PublishedKey(algorithm(), keyId, national ? SM2_USER_ID : null,
                pem), national ? null : jcaPrivateKey(d));
        keys = current;
        return current;
    }

    /** The P-256 private key {@code d} as the JDK's provider takes it. */
    private static java.security.PrivateKey jcaPrivateKey(BigInteger d) {
        try {
            java.security.AlgorithmParameters parameters = java.security.AlgorithmParameters.getInstance("EC");
            parameters.init(new java.security.spec.ECGenParameterSpec("secp256r1"));
            java.security.spec.ECParameterSpec spec = parameters.getParameterSpec(
                    java.security.spec.ECParameterSpec.class);
            return java.security.KeyFactory.getInstance("EC").generatePrivate(
                    new java.security.spec.ECPrivateKeySpec(d, spec));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is part of every Java runtime", e);
        }
    }

    private static String fresh(ECNamedDomainParameters curve) {
        SecureRandom random = new SecureRandom();
        BigInteger d;
        do {
            d = new BigInteger(curve.getN().bitLength(), random);
        } while (d.signum() <= 0 || d.compareTo(curve.getN()) >= 0);
        return HexFormat.of().formatHex(org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, d));
    }
}
