package org.ciip.audit.tree;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import org.ciip.audit.SignedTreeHead;
import tools.jackson.databind.json.JsonMapper;

/**
 * The copy of the signed tree heads outside the database: one JSON line per head, appended and forced to disk before
 * the head is published. A superuser who rewrites the trail and the heads' table still meets these lines at the next
 * verification. The file is named after the database's system identifier, so that a database created again starts a
 * new file.
 */
final class HeadJournal {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;

    HeadJournal(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    synchronized void append(SignedTreeHead head) {
        byte[] line = (JSON.writeValueAsString(head) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(java.nio.ByteBuffer.wrap(line));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the tree head could not be kept in " + file, e);
        }
    }

    /** The length of the file now: the heads kept so far, for a verification that reads no later ones. */
    synchronized long length() {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The heads in the first {@code length} bytes of the file, in the order they were kept, read lazily; a line that is not a head is passed to
     * {@code unreadable} with its number and skipped.
     */
    Cursor open(long length, java.util.function.LongConsumer unreadable) {
        if (!Files.exists(file) || length == 0) {
            return new Cursor(null, unreadable);
        }
        try {
            java.io.InputStream bounded = new java.io.FilterInputStream(Files.newInputStream(file)) {
                private long left = length;

                @Override
                public int read() throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int b = super.read();
                    left--;
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int count) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = super.read(buffer, offset, (int) Math.min(count, left));
                    if (n > 0) {
                        left -= n;
                    }
                    return n;
                }
            };
            return new Cursor(new BufferedReader(new java.io.InputStreamReader(bounded, StandardCharsets.UTF_8)),
                    unreadable);
        } catch (IOException e) {
            throw new UncheckedIOException("the tree heads kept in " + file + " could not be read", e);
        }
    }

    /** The heads of the file one by one. */
    static final class Cursor implements Iterator<SignedTreeHead>, AutoCloseable {
        private final BufferedReader reader;
        private final java.util.function.LongConsumer unreadable;
        private SignedTreeHead next;
        private long line;

        private Cursor(BufferedReader reader, java.util.function.LongConsumer unreadable) {
            this.reader = reader;
            this.unreadable = unreadable;
            advance();
        }

        private void advance() {
            next = null;
            if (reader == null) {
                return;
            }
            try {
                String text;
                while ((text = reader.readLine()) != null) {
                    line++;
                    if (text.isBlank()) {
                        continue;
                    }
                    try {
                        next = JSON.readValue(text, SignedTreeHead.class);
                        return;
                    } catch (RuntimeException e) {
                        unreadable.accept(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public SignedTreeHead next() {
            if (next == null) {
                throw new java.util.NoSuchElementException();
            }
            SignedTreeHead current = next;
            advance();
            return current;
        }

        @Override
        public void close() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
