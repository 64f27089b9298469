package org.ciip.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * A collection as its reader sees it: who runs it, its scope ({@code sector} null for the national one), and how the
 * reader belongs to it.
 */
public record CollectionView(UUID id, String title, String titleEn, String description, String sector, UUID runBy,
        String runByName, MemberTier tier, boolean canWrite, long objectsAdded, Instant createdAt) {

    public String title(boolean chinese) {
        return chinese ? title : titleEn;
    }
}
