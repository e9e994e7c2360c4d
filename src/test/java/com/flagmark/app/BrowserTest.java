package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserTest {

    @TempDir
    Path temp;

    @Test
    void onLinuxWithoutAnyOpenerOnThePathThereIsNoBrowser() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createFile(bin.resolve("ls"));

        assertThat(Browser.available("Linux", Map.of("PATH", bin.toString()), Files::exists)).isFalse();
    }

    @Test
    void onLinuxAnOpenerAnywhereOnThePathIsABrowser() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path local = Files.createDirectories(temp.resolve("local"));
        Files.createFile(local.resolve("xdg-open"));

        assertThat(Browser.available("Linux", Map.of("PATH", bin + File.pathSeparator + local), Files::exists))
                .isTrue();
    }

    @Test
    void windowsAndMacOsAlwaysHaveOne() {
        assertThat(Browser.available("Windows 11", Map.of(), path -> false)).isTrue();
        assertThat(Browser.available("Mac OS X", Map.of(), path -> false)).isTrue();
    }

    @Test
    void withNoPathAtAllThereIsNoBrowserOnLinux() {
        assertThat(Browser.available("Linux", Map.of(), path -> true)).isFalse();
    }
}
