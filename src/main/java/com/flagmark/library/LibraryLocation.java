package com.flagmark.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where a user's library lives when none is named: the platform's per-user data folder. */
public final class LibraryLocation {

    private static final String FILE_NAME = "library.sqlite";

    private LibraryLocation() {
    }

    /**
     * Returns the default library file: {@code %APPDATA%\Flagmark\library.sqlite} on
     * Windows, {@code ~/Library/Application Support/Flagmark/library.sqlite} on macOS, and
     * {@code $XDG_DATA_HOME/flagmark/library.sqlite} (by default under
     * {@code ~/.local/share}) elsewhere. The file need not exist yet.
     */
    public static Path defaultFile() {
        return defaultFile(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** Returns the default library file for the given platform, environment and home folder. */
    static Path defaultFile(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("Flagmark").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Flagmark")
                    .resolve(FILE_NAME);
        }
        Path dataHome = absoluteOrNull(environment.get("XDG_DATA_HOME"));
        Path base = dataHome != null ? dataHome : home.resolve(".local").resolve("share");
        return base.resolve("flagmark").resolve(FILE_NAME);
    }

    /**
     * Returns the user's cache folder for Flagmark, for files it can make again:
     * {@code %LOCALAPPDATA%\Flagmark\cache} on Windows, {@code ~/Library/Caches/Flagmark} on
     * macOS, and {@code $XDG_CACHE_HOME/flagmark} (by default {@code ~/.cache/flagmark}) elsewhere.
     */
    public static Path cacheFolder() {
        return cacheFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Returns the cache folder for the given platform, environment and home folder. */
    static Path cacheFolder(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path base = localAppData == null || localAppData.isBlank()
                    ? home.resolve("AppData").resolve("Local")
                    : Path.of(localAppData);
            return base.resolve("Flagmark").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Flagmark");
        }
        Path cacheHome = absoluteOrNull(environment.get("XDG_CACHE_HOME"));
        return (cacheHome != null ? cacheHome : home.resolve(".cache")).resolve("flagmark");
    }

    /**
     * Reads an XDG folder variable: the XDG specification says to ignore a relative one, and an
     * empty one means unset.
     */
    private static Path absoluteOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : null;
    }
}
