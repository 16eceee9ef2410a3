package org.kabar.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.kabar.corpus.Input;
import org.kabar.text.InputException;

/**
 * A corpus folder given as a URL ({@code hdfs://}, {@code s3a://}, {@code file:}, any scheme
 * Hadoop's {@link FileSystem} knows), listed on the driver through Hadoop and read on the
 * executors through Hadoop, never through this machine's own file system: each entry is an
 * {@link Input} of the library's loader, which reads it as it reads a local file. The Hadoop
 * settings of the driver (Spark's {@code spark.hadoop.*}, credentials providers, file system
 * classes) travel with the entries, so that an executor opens the file system the driver listed.
 */
final class HadoopFolder implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A URL scheme of two letters or more (a Windows drive "C:" is a path). */
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*");

    private final TreeMap<String, String> settings;
    private transient Configuration configuration;

    private HadoopFolder(Configuration configuration) {
        this.settings = new TreeMap<>();
        for (Map.Entry<String, String> entry : configuration) settings.put(entry.getKey(), entry.getValue());
        this.configuration = configuration;
    }

    /** Whether the folder argument is a URL for Hadoop rather than a path on this machine. */
    static boolean isUrl(String folder) {
        return URL.matcher(folder).matches();
    }

    /**
     * Every entry below {@code url}, recursively, as the local loader lists a folder: files by their
     * path below the folder, and folders not searched with the reason (names starting with ".", and
     * with "_", which Hadoop and Spark keep for themselves: {@code _temporary}, {@code _delta_log}).
     */
    static List<Input> list(String url, Configuration configuration) {
        HadoopFolder folder = new HadoopFolder(configuration);
        Path root = new Path(url);
        try {
            FileSystem fs = root.getFileSystem(configuration);
            FileStatus top;
            try {
                top = fs.getFileStatus(root);
            } catch (FileNotFoundException e) {
                throw new InputException(url, "no such folder");
            }
            if (!top.isDirectory()) throw new InputException(url, "not a folder");
            List<Input> entries = new ArrayList<>();
            folder.walk(fs, top.getPath(), "", entries);
            return entries;
        } catch (IOException e) {
            throw new InputException(url, "cannot list the folder (" + e.getMessage() + ")");
        }
    }

    private void walk(FileSystem fs, Path dir, String prefix, List<Input> entries) throws IOException {
        for (FileStatus status : fs.listStatus(dir)) {
            String name = status.getPath().getName();
            String relative = prefix.isEmpty() ? name : prefix + "/" + name;
            String location = status.getPath().toString();
            if (status.isSymlink()) {
                entries.add(new Entry(this, relative, location, 0, "a symbolic link; not followed"));
            } else if (status.isDirectory()) {
                if (name.startsWith(".")) entries.add(new Entry(this, relative, location, 0, "a hidden folder; not searched"));
                else if (name.startsWith("_")) {
                    entries.add(new Entry(this, relative, location, 0, "a folder of Hadoop's or Spark's own (\"_\"); not searched"));
                } else walk(fs, status.getPath(), relative, entries);
            } else {
                entries.add(new Entry(this, relative, location, status.getLen(), null));
            }
        }
    }

    private synchronized Configuration configuration() {
        if (configuration == null) {
            Configuration rebuilt = new Configuration(false);
            settings.forEach(rebuilt::set);
            configuration = rebuilt;
        }
        return configuration;
    }

    /** One entry of the folder, read through Hadoop wherever it is read. */
    record Entry(HadoopFolder folder, String name, String location, long size, String notRead) implements Input {

        @Override
        public byte[] read() throws IOException {
            Path path = new Path(location);
            try (InputStream in = path.getFileSystem(folder.configuration()).open(path)) {
                return in.readAllBytes();
            }
        }
    }
}
