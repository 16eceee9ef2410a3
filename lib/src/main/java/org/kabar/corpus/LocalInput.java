package org.kabar.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file (or an entry not searched) of a folder on this machine's disk. The path is kept as text,
 * since a {@link Path} does not serialize; a machine that reads the entry must see it at that path.
 */
record LocalInput(String name, String location, String notRead) implements Input {

    LocalInput(String name, Path path, String notRead) {
        this(name, path.toString(), notRead);
    }

    Path path() {
        return Path.of(location);
    }

    @Override
    public long size() {
        try {
            Path path = path();
            return Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public byte[] read() throws IOException {
        return Files.readAllBytes(path());
    }
}
