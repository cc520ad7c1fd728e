package dev.docent.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class DocentVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = DocentVersion.class.getPackage().getImplementationVersion();
        return new String[] {"docent " + (version == null ? "development" : version)};
    }
}
