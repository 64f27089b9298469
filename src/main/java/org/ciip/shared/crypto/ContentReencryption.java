package org.ciip.shared.crypto;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Key rotation for files at rest: every {@code ciip.crypto.reencrypt-every} (ten minutes by default, and soon after a
 * start) it moves the files of every store ({@link EncryptedFiles}) that are plaintext or under another key to the
 * current one, a hundred at a time, until none is left. To rotate, the platform's operator puts the new key first in
 * {@code ciip.crypto.content-keys}, keeps the old ones until the log says the files were moved, then drops them.
 */
@Component
public class ContentReencryption {

    static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ContentReencryption.class);

    private final ContentEncryption encryption;
    private final List<EncryptedFiles> stores;
    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    ContentReencryption(ContentEncryption encryption, List<EncryptedFiles> stores) {
        this.encryption = encryption;
        this.stores = stores;
    }

    // at a fixed rate, on a thread of its own (fixed-delay tasks share the scheduler's one thread, and moving many
    // files takes a while); a run that finds the last one still moving files leaves it be
    @Scheduled(fixedRateString = "${ciip.crypto.reencrypt-every:PT10M}",
            initialDelayString = "${ciip.crypto.reencrypt-first-after:PT30S}")
    void reencryptPeriodically() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            long moved = reencryptAll();
            if (moved > 0) {
                LOG.info("{} stored files were encrypted with {} under the key {}", moved,
                        encryption.cipher().label(), encryption.currentKeyId());
            }
        } finally {
            running.set(false);
        }
    }

    /** Moves every file to the current cipher and key; answers how many were moved. */
    public long reencryptAll() {
        long moved = 0;
        for (EncryptedFiles store : stores) {
            int round;
            do {
                round = store.reencrypt(encryption, BATCH);
                moved += round;
            } while (round == BATCH);
        }
        return moved;
    }
}
