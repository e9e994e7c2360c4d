package com.flagmark.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A {@code .qdpx} archive read in memory, refusing what is unsafe before anything is used: an
 * entry whose path leaves the archive ({@code ../}, an absolute or drive path, a backslash),
 * the same entry twice, more entries or more unpacked bytes than a real project holds (a zip
 * bomb), a broken zip, or no {@code project.qde}. Nothing is ever written to disk.
 */
final class QdpxArchive {

    /** How much an archive may hold once unpacked. */
    record Limits(long mostUnpackedBytes, int mostEntries) {

        static final Limits DEFAULT = new Limits(1L << 30, 100_000);
    }

    private static final int BUFFER = 64 * 1024;

    private final byte[] project;
    private final Map<String, byte[]> sources;

    private QdpxArchive(byte[] project, Map<String, byte[]> sources) {
        this.project = project;
        this.sources = sources;
    }

    /**
     * Reads the project file and the texts in {@code sources/} of an archive.
     *
     * @throws RefusedFile if the archive is broken, unsafe or holds no project
     */
    static QdpxArchive open(byte[] zip, String fileName, Limits limits) {
        byte[] project = null;
        Map<String, byte[]> sources = new HashMap<>();
        Set<String> seen = new HashSet<>();
        long[] unpacked = {0};
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                checkSafe(name, fileName);
                if (!seen.add(name) || seen.size() > limits.mostEntries()) {
                    throw new RefusedFile(fileName + (seen.size() > limits.mostEntries()
                            ? " holds more than " + limits.mostEntries() + " files"
                            : " holds " + name + " twice") + "; nothing was imported.");
                }
                boolean kept = name.equals(RefiQda.PROJECT_ENTRY)
                        || name.toLowerCase(Locale.ROOT).startsWith(RefiQda.SOURCES_FOLDER) && !entry.isDirectory();
                byte[] bytes = read(in, kept, unpacked, limits.mostUnpackedBytes(), fileName);
                if (name.equals(RefiQda.PROJECT_ENTRY)) {
                    project = bytes;
                } else if (kept) {
                    sources.put(name.toLowerCase(Locale.ROOT), bytes);
                }
            }
        } catch (IOException broken) {
            throw new RefusedFile(fileName + " is not a readable zip archive (" + broken.getMessage()
                    + "); nothing was imported.");
        }
        if (project == null) {
            throw new RefusedFile(fileName + " holds no " + RefiQda.PROJECT_ENTRY
                    + ", so it is not a REFI-QDA project; nothing was imported.");
        }
        return new QdpxArchive(project, sources);
    }

    byte[] project() {
        return project;
    }

    /** The texts in {@code sources/}, by their path in lower case. */
    Map<String, byte[]> sources() {
        return sources;
    }

    private static void checkSafe(String name, String fileName) {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.equals("..") || name.startsWith("../") || name.contains("/../") || name.endsWith("/..");
        if (unsafe) {
            throw new RefusedFile(fileName + " holds a file with an unsafe path (" + name
                    + "); nothing was imported.");
        }
    }

    /**
     * Reads an entry to its end, counting its bytes into {@code unpacked}, and returns them if
     * they are kept (else nothing).
     */
    private static byte[] read(InputStream in, boolean keep, long[] unpacked, long most, String fileName)
            throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
            unpacked[0] += count;
            if (unpacked[0] > most) {
                throw new RefusedFile(fileName + " unpacks to more than " + megabytes(most)
                        + "; nothing was imported.");
            }
            if (keep) {
                kept.write(buffer, 0, count);
            }
        }
        return kept.toByteArray();
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
