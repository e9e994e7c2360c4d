package com.flagmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
    void refusesANamedPipeAndLeavesIt() throws IOException, InterruptedException {
        Path fifo = temp.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        assertThatThrownBy(() -> AtomicFile.write(fifo, out -> out.write('x')))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("named pipe")
                .hasMessageContaining("not a regular file");

        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void refusesASocket() throws IOException {
        Path socket = temp.resolve("socket.csv");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            assertThatThrownBy(() -> AtomicFile.write(socket, out -> out.write('x')))
                    .isInstanceOf(FlagmarkException.class).hasMessageContaining("a socket");
        }
    }

    @Test
    void refusesAFolder() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("out.csv"));

        assertThatThrownBy(() -> AtomicFile.write(folder, out -> out.write('x')))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("a folder");
    }

    @Test
    void writesThroughASymbolicLinkToItsTargetAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(Files.createDirectory(temp.resolve("real")).resolve("coded.csv"), "旧");
        Path link = Files.createSymbolicLink(temp.resolve("coded.csv"), Path.of("real", "coded.csv"));

        AtomicFile.write(link, out -> out.write("新".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("新");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(temp.resolve("shared.csv"), "旧");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFile.write(target, out -> out.write("新".getBytes(StandardCharsets.UTF_8)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileOfTheUser() throws IOException {
        Path plain = Files.createFile(temp.resolve("plain.txt"));
        Path target = temp.resolve("new.csv");

        AtomicFile.write(target, out -> out.write('x'));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void refusesAReadOnlyFile() throws IOException {
        Path target = Files.writeString(temp.resolve("kept.csv"), "旧");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write('x')))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("read-only");
        assertThat(Files.readString(target)).isEqualTo("旧");
    }

    @Test
    void refusesAnotherUsersFile() throws IOException {
        Path target = Files.writeString(temp.resolve("theirs.csv"), "旧");
        UserPrincipal nobody = temp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        try {
            Files.setOwner(target, nobody);
        } catch (IOException notAllowed) {
            Assumptions.abort("only a superuser can give a file to another user here");
        }

        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write('x')))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("belongs to nobody");
        assertThat(Files.readString(target)).isEqualTo("旧");
    }

    @Test
    void removesTheUnfinishedFileOfAProgramThatEndedButNotOfOneStillRunning() throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path leftOver = Files.writeString(temp.resolve("old.csv.flagmark-unfinished-" + ended.pid() + "-1"), "半");
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path inProgress = Files.writeString(temp.resolve("other.csv.flagmark-unfinished-" + running + "-1"), "半");

        AtomicFile.write(temp.resolve("new.csv"), out -> out.write('x'));

        assertThat(leftOver).doesNotExist();
        assertThat(inProgress).exists();
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
