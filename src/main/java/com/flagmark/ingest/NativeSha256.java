package com.flagmark.ingest;

import com.flagmark.model.Fingerprint;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * SHA-256 for the import's reading threads: the system's NSS library, through Java's own PKCS#11
 * provider, where the system has it; Java's digest otherwise. The bytes hashed and the digest are
 * the same either way. The launcher runs an import of fewer than 25,000 files on the quick
 * compiler, which computes SHA-256 without the processor's instructions: about 59 µs for a file
 * of 8.5 KB, against 8 µs through NSS, for the two digests of every file and article (decision
 * 0050); on the optimising compiler, which uses those instructions, Java's takes 6 µs and is
 * kept. Loading NSS costs about 55 ms once, so only the import asks for it, never the window.
 */
final class NativeSha256 {

    /** Where Linux distributions keep NSS: Debian's and Ubuntu's folders for each processor, then Fedora's. */
    static final List<Path> FOLDERS = List.of(Path.of("/usr/lib/x86_64-linux-gnu"),
            Path.of("/usr/lib/aarch64-linux-gnu"), Path.of("/usr/lib64"), Path.of("/usr/lib"));
    private static final String ALGORITHM = "SHA-256";
    /** NSS as set up from each folder: a process can set it up once only. */
    private static final Map<Path, Optional<Provider>> SET_UP = new ConcurrentHashMap<>();
    private static final byte[] PROBE = "亮红黄旗，约谈问责。".getBytes(StandardCharsets.UTF_8);

    private NativeSha256() {
    }

    /**
     * Returns a source of SHA-256 digests: Java's own where this Java runs it on the processor's
     * SHA instructions (the optimising compiler, as a large import has), else NSS's, found in one
     * of {@link #FOLDERS}, else Java's own, decided on the first call.
     */
    static Supplier<MessageDigest> fastest() {
        return Found.FASTEST;
    }

    /** The digest {@link #fastest()} gives, found when first asked for. */
    private static final class Found {
        static final Supplier<MessageDigest> FASTEST = javaUsesTheProcessor(NativeSha256::vmOption)
                ? Fingerprint::javaSha256 : fastest(FOLDERS);
    }

    /**
     * Tells, from the Java's settings, whether its SHA-256 runs on the processor's instructions:
     * they are there and turned on ({@code UseSHA}, which the SHA-256 intrinsic follows), and the
     * optimising compiler, the only one that uses them, is not left out. Where a setting cannot be
     * read, it does not (the quick compiler's case).
     */
    static boolean javaUsesTheProcessor(Function<String, Optional<String>> option) {
        boolean instructions = option.apply("UseSHA").filter("true"::equals).isPresent();
        boolean tiered = option.apply("TieredCompilation").map("true"::equals).orElse(true);
        boolean optimising = !tiered || option.apply("TieredStopAtLevel").filter("4"::equals).isPresent();
        return instructions && optimising;
    }

    /** One of the Java's settings, as {@code -XX:} gives them; empty where it has no such setting to read. */
    static Optional<String> vmOption(String name) {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return vm == null ? Optional.empty() : Optional.of(vm.getVMOption(name).getValue());
        } catch (IllegalArgumentException | SecurityException notThere) {
            return Optional.empty();
        }
    }

    /** Returns a source of SHA-256 digests: NSS's, found in the first of these folders that has it, or Java's own. */
    static Supplier<MessageDigest> fastest(List<Path> folders) {
        return folders.stream().filter(NativeSha256::holdsNss).findFirst()
                .flatMap(folder -> SET_UP.computeIfAbsent(folder, NativeSha256::nss))
                .<Supplier<MessageDigest>>map(provider -> () -> digest(provider))
                .orElse(Fingerprint::javaSha256);
    }

    private static boolean holdsNss(Path folder) {
        return Files.isRegularFile(folder.resolve("libnss3.so")) && Files.isRegularFile(folder.resolve("libsoftokn3.so"));
    }

    /**
     * NSS as a provider, if Java has its PKCS#11 provider, NSS starts without a database, and it
     * gives Java's digest for a probe; anything else leaves the import on Java's digest.
     */
    private static Optional<Provider> nss(Path folder) {
        Provider pkcs11 = Security.getProvider("SunPKCS11");
        if (pkcs11 == null) {
            return Optional.empty();
        }
        try {
            Provider nss = pkcs11.configure("--name=NSS\nnssLibraryDirectory=" + folder + "\nnssDbMode=noDb\n");
            boolean agrees = Arrays.equals(digest(nss).digest(PROBE), Fingerprint.javaSha256().digest(PROBE));
            return agrees ? Optional.of(nss) : Optional.empty();
        } catch (ProviderException | IllegalArgumentException | IllegalStateException | SecurityException
                | UnsupportedOperationException unusable) {
            return Optional.empty();
        }
    }

    private static MessageDigest digest(Provider provider) {
        try {
            return MessageDigest.getInstance(ALGORITHM, provider);
        } catch (NoSuchAlgorithmException unusable) {
            throw new IllegalStateException("NSS gave no SHA-256 after it had given one", unusable);
        }
    }
}
