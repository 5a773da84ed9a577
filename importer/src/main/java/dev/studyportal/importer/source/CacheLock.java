package dev.studyportal.importer.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One run at a time per Git clone, so that a fetch and reset never change files under a parser that
 * is still reading them: the command line and the portal may share the default cache folder, and a
 * scheduled sync may meet an admin's. A file lock covers other processes; it cannot be taken twice
 * in one process, hence the semaphore in front of it.
 */
final class CacheLock {

    private static final ConcurrentMap<Path, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 200;

    private final Semaphore semaphore;
    private final FileChannel channel;
    private final FileLock lock;

    private CacheLock(Semaphore semaphore, FileChannel channel, FileLock lock) {
        this.semaphore = semaphore;
        this.channel = channel;
        this.lock = lock;
    }

    static CacheLock acquire(Path lockFile, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore semaphore =
                IN_THIS_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), key -> new Semaphore(1));
        try {
            if (!semaphore.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BankSourceException("Stopped while waiting for another import of the same Git repository.", e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new CacheLock(semaphore, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw busy();
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            close(channel);
            semaphore.release();
            throw new BankSourceException(
                    "Could not lock the Git cache file " + lockFile
                            + ". Check that the portal may write to the cache folder.",
                    e);
        } catch (InterruptedException e) {
            close(channel);
            semaphore.release();
            Thread.currentThread().interrupt();
            throw new BankSourceException("Stopped while waiting for another import of the same Git repository.", e);
        } catch (RuntimeException e) {
            close(channel);
            semaphore.release();
            throw e;
        }
    }

    void release() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases the lock as well.
        } finally {
            close(channel);
            semaphore.release();
        }
    }

    private static BankSourceException busy() {
        return new BankSourceException(
                "Another import is reading the same Git repository right now." + " Try again when it has finished.");
    }

    private static void close(@org.jspecify.annotations.Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was written through it; there is nothing to save.
            }
        }
    }
}
