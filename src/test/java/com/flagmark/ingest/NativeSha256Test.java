package com.flagmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.flagmark.model.Fingerprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSha256Test {

    @Test
    void givesJavasDigestForEverySize() {
        Supplier<MessageDigest> fastest = NativeSha256.fastest(NativeSha256.FOLDERS);
        Random random = new Random(50);
        for (int size : new int[] {0, 1, 55, 56, 64, 8_500, 100_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            assertThat(Fingerprint.sha256(bytes, fastest)).as("%d bytes", size).isEqualTo(Fingerprint.sha256(bytes));
        }
    }

    @Test
    void hashesAKnownTextAsSha256Does() {
        // The SHA-256 of "abc", from FIPS 180-2's first example.
        assertThat(Fingerprint.sha256("abc".getBytes(), NativeSha256.fastest()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void usesNssWhereTheSystemHasItAndJavaRunsWithoutTheProcessorsInstructions() {
        assumeTrue(NativeSha256.FOLDERS.stream().anyMatch(folder -> Files.isRegularFile(folder.resolve("libsoftokn3.so"))),
                "this system has no NSS");

        assertThat(NativeSha256.fastest(NativeSha256.FOLDERS).get().getProvider().getName()).contains("NSS");
    }

    @Test
    void javaRunsSha256OnTheProcessorOnlyWithTheOptimisingCompilerAndTheInstructions() {
        assertThat(NativeSha256.javaUsesTheProcessor(options(Map.of("UseSHA", "true",
                "TieredCompilation", "true", "TieredStopAtLevel", "4")))).isTrue();
        assertThat(NativeSha256.javaUsesTheProcessor(options(Map.of("UseSHA", "true",
                "TieredCompilation", "false", "TieredStopAtLevel", "1")))).as("the optimising compiler alone").isTrue();
        assertThat(NativeSha256.javaUsesTheProcessor(options(Map.of("UseSHA", "true",
                "TieredCompilation", "true", "TieredStopAtLevel", "1")))).as("the quick compiler alone").isFalse();
        assertThat(NativeSha256.javaUsesTheProcessor(options(Map.of("UseSHA", "false",
                "TieredCompilation", "true", "TieredStopAtLevel", "4")))).as("a processor without them").isFalse();
        assertThat(NativeSha256.javaUsesTheProcessor(options(Map.of()))).as("settings not readable").isFalse();
    }

    @Test
    void readsTheSettingsItDecidesBy() {
        assertThat(NativeSha256.vmOption("UseSHA")).get().isIn("true", "false");
        assertThat(NativeSha256.vmOption("TieredCompilation")).get().isIn("true", "false");
        assertThat(NativeSha256.vmOption("TieredStopAtLevel")).get().isIn("0", "1", "2", "3", "4");
        assertThat(NativeSha256.vmOption("NoSuchSetting")).isEmpty();
    }

    private static Function<String, Optional<String>> options(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void usesJavasOwnWhereNoFolderHoldsNss(@TempDir Path empty) {
        MessageDigest digest = NativeSha256.fastest(List.of(empty)).get();

        assertThat(digest.getProvider().getName()).isEqualTo(Fingerprint.javaSha256().getProvider().getName());
    }
}
