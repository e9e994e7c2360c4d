package com.flagmark.export;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A {@code .qdpx} archive, read in place and never unpacked to disk. Its list of entries is
 * checked before anything is used: an entry whose path leaves the archive ({@code ../}, an
 * absolute or drive path, a backslash), the same entry twice, more entries than a real project
 * holds, a broken zip, or no {@code project.qde} are refused. Entries are then read as streams,
 * one at a time, and the bytes they unpack to are counted as they come, so a zip bomb is
 * refused at its limit whatever its entries claim.
 */
final class QdpxArchive implements AutoCloseable {

    private final ZipFile zip;
    private final String fileName;
    private final ImportLimits limits;
    private final ZipEntry project;
    /** The entries of {@code sources/}, by their path in lower case. */
    private final Map<String, ZipEntry> sources;
    private final Set<String> counted = new HashSet<>();
    private long unpacked;

    private QdpxArchive(ZipFile zip, String fileName, ImportLimits limits, ZipEntry project,
            Map<String, ZipEntry> sources) {
        this.zip = zip;
        this.fileName = fileName;
        this.limits = limits;
        this.project = project;
        this.sources = sources;
    }

    /**
     * Opens an archive and checks its list of entries.
     *
     * @throws RefusedFile if the archive is broken, unsafe or holds no project
     */
    static QdpxArchive open(Path file, String fileName, ImportLimits limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new RefusedFile(fileName + " is not a readable zip archive (" + broken.getMessage()
                    + "); nothing was imported.");
        }
        try {
            return checked(zip, fileName, limits);
        } catch (RuntimeException refused) {
            closeQuietly(zip);
            throw refused;
        }
    }

    private static QdpxArchive checked(ZipFile zip, String fileName, ImportLimits limits) {
        ZipEntry project = null;
        Map<String, ZipEntry> sources = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            checkSafe(name, fileName);
            if (seen.size() >= limits.mostEntries()) {
                throw new RefusedFile(fileName + " holds more than " + limits.mostEntries()
                        + " files; nothing was imported.");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new RefusedFile(fileName + " holds " + name + " twice; nothing was imported.");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.equals(RefiQda.PROJECT_ENTRY)) {
                project = entry;
            } else if (lower.startsWith(RefiQda.SOURCES_FOLDER) && !entry.isDirectory()) {
                sources.put(lower, entry);
            }
        }
        if (project == null) {
            throw new RefusedFile(fileName + " holds no " + RefiQda.PROJECT_ENTRY
                    + ", so it is not a REFI-QDA project; nothing was imported.");
        }
        return new QdpxArchive(zip, fileName, limits, project, sources);
    }

    /** Opens {@code project.qde} afresh; it may be read more than once. */
    InputStream project() {
        return open(project, Long.MAX_VALUE);
    }

    /** Returns what {@code project.qde} unpacks to, as the archive says, or -1 if it does not say. */
    long projectSize() {
        return project.getSize();
    }

    /**
     * Reads a text in {@code sources/}, by its path inside the archive in any case.
     *
     * @throws RefusedFile if it unpacks past the limits
     */
    Optional<byte[]> source(String path) {
        ZipEntry entry = sources.get(path.toLowerCase(Locale.ROOT));
        if (entry == null) {
            return Optional.empty();
        }
        long most = 4L * limits.mostTextLength();
        try (InputStream in = open(entry, most)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw broken(unreadable);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private InputStream open(ZipEntry entry, long mostOfEntry) {
        try {
            boolean count = counted.add(entry.getName());
            return new Counted(zip.getInputStream(entry), entry.getName(), mostOfEntry, count);
        } catch (IOException unreadable) {
            throw broken(unreadable);
        }
    }

    private RefusedFile broken(IOException unreadable) {
        return new RefusedFile(fileName + " is not a readable zip archive (" + unreadable.getMessage()
                + "); nothing was imported.");
    }

    private static void checkSafe(String name, String fileName) {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.equals("..") || name.startsWith("../") || name.contains("/../") || name.endsWith("/..");
        if (unsafe) {
            throw new RefusedFile(fileName + " holds a file with an unsafe path (" + name
                    + "); nothing was imported.");
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException alreadyUnusable) {
            // Only read from; nothing is lost.
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    /** An entry's bytes, counted against the archive's limit and the entry's own as they are read. */
    private final class Counted extends FilterInputStream {

        private final String name;
        private final long most;
        private final boolean count;
        private long read;

        Counted(InputStream in, String name, long most, boolean count) {
            super(in);
            this.name = name;
            this.most = most;
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (ZipException broken) {
                throw broken(broken);
            }
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            read += n;
            if (read > most) {
                throw new RefusedFile(fileName + " holds " + name + ", which unpacks to more than " + megabytes(most)
                        + "; nothing was imported.");
            }
            if (count) {
                unpacked += n;
                if (unpacked > limits.mostUnpackedBytes()) {
                    throw new RefusedFile(fileName + " unpacks to more than " + megabytes(limits.mostUnpackedBytes())
                            + "; nothing was imported.");
                }
            }
        }
    }
}
