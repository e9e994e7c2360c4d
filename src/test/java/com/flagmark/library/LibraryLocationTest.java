package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryLocationTest {

    private static final Path HOME = Path.of("/home/li");

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(LibraryLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", "/data/li"), HOME))
                .isEqualTo(Path.of("/data/li/flagmark/library.sqlite"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertThat(LibraryLocation.defaultFile("Linux", Map.of(), HOME))
                .isEqualTo(Path.of("/home/li/.local/share/flagmark/library.sqlite"));
    }

    @Test
    void relativeOrEmptyXdgDataHomeIsIgnored() {
        assertThat(LibraryLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", "data"), HOME))
                .isEqualTo(Path.of("/home/li/.local/share/flagmark/library.sqlite"));
        assertThat(LibraryLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", ""), HOME))
                .isEqualTo(Path.of("/home/li/.local/share/flagmark/library.sqlite"));
    }

    @Test
    void theCacheFolderFollowsXdgCacheHomeOrDotCache() {
        assertThat(LibraryLocation.cacheFolder("Linux", Map.of("XDG_CACHE_HOME", "/cache/li"), HOME))
                .isEqualTo(Path.of("/cache/li/flagmark"));
        assertThat(LibraryLocation.cacheFolder("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/li/.cache/flagmark"));
        assertThat(LibraryLocation.cacheFolder("Mac OS X", Map.of(), HOME)).isEqualTo(Path.of("/home/li/Library/Caches/Flagmark"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(LibraryLocation.defaultFile("Mac OS X", Map.of("XDG_DATA_HOME", "/data/li"), HOME))
                .isEqualTo(Path.of("/home/li/Library/Application Support/Flagmark/library.sqlite"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(LibraryLocation.defaultFile("Windows 11", Map.of("APPDATA", "/users/li/roaming"), HOME))
                .isEqualTo(Path.of("/users/li/roaming/Flagmark/library.sqlite"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderInHome() {
        assertThat(LibraryLocation.defaultFile("Windows 10", Map.of(), HOME))
                .isEqualTo(Path.of("/home/li/AppData/Roaming/Flagmark/library.sqlite"));
    }

    @Test
    void defaultFileIsAnAbsoluteLibraryFile() {
        assertThat(LibraryLocation.defaultFile()).isAbsolute().hasFileName("library.sqlite");
    }
}
