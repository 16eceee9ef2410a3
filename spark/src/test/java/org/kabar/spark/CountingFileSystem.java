package org.kabar.spark;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Hadoop's local file system under a scheme of its own, {@code kabartest:}, that no other file
 * system knows: a folder given as {@code kabartest:///tmp/x} can only be listed and read through
 * Hadoop's {@code FileSystem} (the tests map the scheme to this class with
 * {@code spark.hadoop.fs.kabartest.impl}), never through java.nio. It records every file opened.
 */
public class CountingFileSystem extends RawLocalFileSystem {

    static final String SCHEME = "kabartest";
    /** The paths of the files opened, in any JVM of the test (local mode: one). */
    static final Set<String> OPENED = ConcurrentHashMap.newKeySet();

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FSDataInputStream open(Path file, int bufferSize) throws IOException {
        OPENED.add(file.toUri().getPath());
        return super.open(file, bufferSize);
    }
}
