package org.ciip.audit.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ciip.shared.HashAlgorithm;
import org.junit.jupiter.api.Test;

/**
 * The Merkle tree of RFC 9162 against the test vectors of Certificate Transparency (the eight leaves of RFC 6962's
 * reference tests, their roots, inclusion and consistency proofs), then every proof of every tree up to 40 leaves,
 * with SHA-256 and SM3.
 */
class MerkleTreeTest {

    static final HexFormat HEX = HexFormat.of();
    static final HashAlgorithm SHA = HashAlgorithm.SHA_256;
    static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");
    static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static List<byte[]> leafHashes(HashAlgorithm algorithm, List<byte[]> data) {
        return data.stream().map(d -> MerkleTree.leafHash(algorithm, d)).toList();
    }

    static List<byte[]> vectorLeaves() {
        return LEAVES.stream().map(HEX::parseHex).toList();
    }

    /** The hashes of the ranges of a proof, computed from all the leaves (as the server computes them from rows). */
    static List<byte[]> hashes(HashAlgorithm algorithm, List<byte[]> leafHashes, List<MerkleTree.Range> ranges) {
        return ranges.stream().map(r -> MerkleTree.root(algorithm,
                leafHashes.subList((int) r.start(), (int) r.end()))).toList();
    }

    static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    @Test
    void theRootsOfTheReferenceTreesAreThoseOfCertificateTransparency() {
        List<byte[]> leaves = leafHashes(SHA, vectorLeaves());
        for (int size = 1; size <= 8; size++) {
            assertThat(HEX.formatHex(MerkleTree.root(SHA, leaves.subList(0, size)))).as("root of %d", size)
                    .isEqualTo(ROOTS.get(size - 1));
        }
        assertThat(HEX.formatHex(MerkleTree.root(SHA, List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theInclusionProofsOfTheReferenceTreeAreThoseOfCertificateTransparency() {
        List<byte[]> leaves = leafHashes(SHA, vectorLeaves());
        assertThat(hex(hashes(SHA, leaves, MerkleTree.inclusionRanges(0, 8)))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(hashes(SHA, leaves, MerkleTree.inclusionRanges(5, 8)))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void theConsistencyProofsOfTheReferenceTreeAreThoseOfCertificateTransparency() {
        List<byte[]> leaves = leafHashes(SHA, vectorLeaves());
        assertThat(hex(hashes(SHA, leaves, MerkleTree.consistencyRanges(1, 8)))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(hashes(SHA, leaves, MerkleTree.consistencyRanges(6, 8)))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(hashes(SHA, leaves, MerkleTree.consistencyRanges(2, 5)))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    void everyLeafOfEveryTreeUpToFortyLeavesProvesItsWayToTheRootAndNoOtherLeafDoes() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            List<byte[]> leaves = leafHashes(algorithm, data(40));
            for (int size = 1; size <= 40; size++) {
                byte[] root = MerkleTree.root(algorithm, leaves.subList(0, size));
                for (int index = 0; index < size; index++) {
                    List<byte[]> path = hashes(algorithm, leaves, MerkleTree.inclusionRanges(index, size));
                    assertThat(MerkleTree.verifyInclusion(algorithm, index, size, leaves.get(index), path, root))
                            .as("%s leaf %d of %d", algorithm, index, size).isTrue();
                    int other = (index + 1) % size;
                    if (other != index) {
                        assertThat(MerkleTree.verifyInclusion(algorithm, index, size, leaves.get(other), path, root))
                                .as("another leaf at %d of %d", index, size).isFalse();
                    }
                    if (size > 1) {
                        assertThat(MerkleTree.verifyInclusion(algorithm, (index + 1) % size, size,
                                leaves.get(index), path, root)).as("leaf %d of %d at another index", index, size)
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void everyTreeUpToFortyLeavesIsProvedTheBeginningOfEveryLargerOneAndAChangedLeafBreaksTheProof() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            List<byte[]> leaves = leafHashes(algorithm, data(40));
            for (int second = 1; second <= 40; second++) {
                byte[] secondRoot = MerkleTree.root(algorithm, leaves.subList(0, second));
                for (int first = 1; first <= second; first++) {
                    byte[] firstRoot = MerkleTree.root(algorithm, leaves.subList(0, first));
                    List<byte[]> proof = hashes(algorithm, leaves, MerkleTree.consistencyRanges(first, second));
                    assertThat(MerkleTree.verifyConsistency(algorithm, first, second, firstRoot, secondRoot, proof))
                            .as("%s %d to %d", algorithm, first, second).isTrue();
                    List<byte[]> changed = new ArrayList<>(leaves.subList(0, second));
                    changed.set(first - 1, MerkleTree.leafHash(algorithm, new byte[] {42}));
                    byte[] rewrittenRoot = MerkleTree.root(algorithm, changed);
                    List<byte[]> rewrittenProof = hashes(algorithm, changed,
                            MerkleTree.consistencyRanges(first, second));
                    assertThat(MerkleTree.verifyConsistency(algorithm, first, second, firstRoot, rewrittenRoot,
                            rewrittenProof)).as("%d to %d with leaf %d rewritten", first, second, first - 1)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void theAccumulatedRootIsTheTreeHashAtEverySize() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            List<byte[]> data = data(70);
            List<byte[]> leaves = leafHashes(algorithm, data);
            TreeAccumulator accumulator = new TreeAccumulator(algorithm);
            assertThat(accumulator.root()).isEqualTo(MerkleTree.emptyRoot(algorithm));
            for (int size = 1; size <= data.size(); size++) {
                accumulator.append(data.get(size - 1));
                assertThat(accumulator.root()).as("%s at %d", algorithm, size)
                        .isEqualTo(MerkleTree.root(algorithm, leaves.subList(0, size)));
            }
        }
    }

    @Test
    void aRangeFoldsFromTheCompleteSubtreesItIsMadeOf() {
        assertThat(MerkleTree.perfectParts(new MerkleTree.Range(0, 21))).containsExactly(
                new MerkleTree.Range(0, 16), new MerkleTree.Range(16, 20), new MerkleTree.Range(20, 21));
        List<byte[]> leaves = leafHashes(SHA, data(40));
        MerkleTree.Range range = new MerkleTree.Range(16, 37);
        List<byte[]> parts = MerkleTree.perfectParts(range).stream()
                .map(p -> MerkleTree.root(SHA, leaves.subList((int) p.start(), (int) p.end()))).toList();
        assertThat(MerkleTree.fold(SHA, parts)).isEqualTo(MerkleTree.root(SHA, leaves.subList(16, 37)));
    }

    static List<byte[]> data(int count) {
        List<byte[]> data = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            data.add(HashAlgorithm.SHA_256.digest(new byte[] {(byte) i}));
        }
        return data;
    }
}
