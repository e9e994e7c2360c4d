package com.flagmark.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, from the jar's manifest. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Flagmark " + (version == null ? "(development build)" : version)};
    }
}
