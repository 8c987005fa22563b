package org.zerodistance.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One program per data folder: embedded H2 allows one JVM, so a second start is refused before the database is touched.
 * The OS releases the lock when the process dies, so a crash never leaves the folder locked.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or throws {@link FolderInUseException} when another program holds it. */
    public static InstanceLock acquire(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this same JVM (a test, or a GUI and a command in one process)
        }
        if (lock == null) {
            channel.close();
            throw new FolderInUseException(lockFile.getParent());
        }
        return new InstanceLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another Zero Distance is using this data folder. */
    public static final class FolderInUseException extends IOException {
        private final Path folder;

        public FolderInUseException(Path folder) {
            super("Data folder in use: " + folder);
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }
}
