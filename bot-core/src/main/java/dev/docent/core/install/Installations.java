package dev.docent.core.install;

import java.util.Optional;

/** Where Docent keeps the workspaces that installed it, and their bot tokens: one per workspace. */
public interface Installations {

    /** Keeps the installation, replacing the workspace's earlier one (a reinstall grants a new token). */
    void save(Installation installation);

    Optional<Installation> find(String team);

    /** Forgets the workspace's installation and its token; false if there was none. */
    boolean remove(String team);
}
