package com.flagmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path temp;

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoPartOfTheNewOne() throws IOException {
        Path target = Files.writeString(temp.resolve("export.csv"), "旧的导出");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("半个".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(FlagmarkException.class).hasMessageContaining("disk full").hasMessageContaining("Nothing was written");

        assertThat(Files.readString(target)).isEqualTo("旧的导出");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writesTheWholeFile() throws IOException {
        Path target = temp.resolve("new.csv");

        AtomicFile.write(target, out -> out.write("完整".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("完整");
    }

    @Test
    void refusesAFolderThatDoesNotExistWithAClearMessage() {
        assertThatThrownBy(() -> AtomicFile.write(temp.resolve("missing/out.csv"), out -> { }))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("does not exist");
    }

    @Test
    void theWrittenFileHasTheUsersPermissionsForANewFileNotOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(temp.resolve("usual.txt")));
        Path target = temp.resolve("export.csv");

        AtomicFile.write(target, out -> out.write('x'));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(usual);
    }

    @Test
    void aFolderThatDoesNotExistIsNamedUnderAKeyAWindowWordsInItsLanguage() {
        Path target = temp.resolve("missing/out.csv");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> { }))
                .isInstanceOfSatisfying(FlagmarkException.class, failure -> {
                    assertThat(failure.key()).contains("export.folderMissing");
                    assertThat(failure.arguments()).containsExactly(target.toString(),
                            temp.resolve("missing").toAbsolutePath().toString());
                });
    }
}
