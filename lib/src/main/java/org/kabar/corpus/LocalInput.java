package org.kabar.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file (or an entry not searched) of a folder on this machine's disk: {@code name} below
 * {@code folder}, '/'-separated. Kept as text, since a {@link Path} does not serialize; a machine
 * that reads the entry must see it at that path. The folder is one shared string, not part of
 * each entry's own text: a listed million files would otherwise hold the folder's path a million
 * times for as long as the corpus streams.
 */
record LocalInput(String name, String folder, String notRead) implements Input {

    /** A file given by its path, named by its file name. */
    static LocalInput file(Path file, String notRead) {
        Path parent = file.getParent();
        return new LocalInput(file.getFileName().toString(), parent == null ? "" : parent.toString(), notRead);
    }

    Path path() {
        return folder.isEmpty() ? Path.of(name) : Path.of(folder, name);
    }

    @Override
    public String location() {
        return path().toString();
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
