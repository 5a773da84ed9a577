package dev.studyportal.webapp.content.ui;

import java.io.InputStream;
import java.util.Arrays;

/**
 * A request body of any size that is made up as it is read, so a test can send hundreds of
 * megabytes without holding them, and can tell how much of it the server took.
 */
final class GeneratedBody extends InputStream {

    private final long size;
    private long consumed;

    GeneratedBody(long size) {
        this.size = size;
    }

    /** Bytes the reader has taken so far. */
    long consumed() {
        return consumed;
    }

    @Override
    public int read() {
        if (consumed >= size) {
            return -1;
        }
        consumed++;
        return '#';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (consumed >= size) {
            return -1;
        }
        int count = (int) Math.min(length, size - consumed);
        Arrays.fill(buffer, offset, offset + count, (byte) '#');
        consumed += count;
        return count;
    }
}
