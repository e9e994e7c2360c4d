package com.flagmark.app;

import java.util.Locale;

/** The app's commands for a window under test or in the benchmark: light theme, and nothing else happens. */
final class QuietApp implements MainMenu.AppCommands {

    @Override
    public boolean isDark() {
        return false;
    }

    @Override
    public void setDark(boolean dark) {
        // The window under test keeps its theme.
    }

    @Override
    public void setLanguage(Locale locale) {
        // The window under test keeps its language.
    }

    @Override
    public void showShortcuts() {
        // No dialog under test.
    }

    @Override
    public void quit() {
        // The test ends the toolkit itself.
    }
}
