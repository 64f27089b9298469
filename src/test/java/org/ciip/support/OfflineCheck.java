package org.ciip.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.ciip.audit.tree.OfflineVerifier;

/** Runs {@code bin/ciip-verify}'s command on a key and a document, as files: answers its exit status and report. */
public final class OfflineCheck {

    private OfflineCheck() {
    }

    /** {@code "<status>\n<report>"}: the status first, so that a test asserts it with the report in view. */
    public static String run(Path dir, String key, String document) throws java.io.IOException {
        Path keyFile = Files.writeString(dir.resolve(UUID.randomUUID() + "-key.json"), key);
        Path proof = Files.writeString(dir.resolve(UUID.randomUUID() + ".json"), document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = OfflineVerifier.run(new String[] {keyFile.toString(), proof.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return status + "\n" + out.toString(StandardCharsets.UTF_8);
    }
}
