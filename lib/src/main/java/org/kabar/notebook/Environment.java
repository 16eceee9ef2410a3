package org.kabar.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a notebook ran on: the versions a reader needs to reproduce a page, and the project's
 * commit. Versions come from the Maven descriptors inside each jar, so they are the versions
 * actually loaded, not the ones a build file asked for.
 */
public final class Environment {
    private Environment() {}

    /**
     * Columns {@code component | version}: Java, the kernel (given by its class, since the kernel
     * is not a dependency of this library), Kabar, Tablesaw, XChart and OpenNLP.
     */
    public static Table versions(Class<?> kernelClass) {
        StringColumn component = StringColumn.create("component");
        StringColumn version = StringColumn.create("version");
        String[][] rows = {
            {"Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"},
            {"JJava kernel", mavenVersion(kernelClass, "org.dflib.jjava", "jjava-kernel")},
            {"Kabar lib", mavenVersion(Environment.class, "org.kabar", "kabar-lib")},
            {"Tablesaw", mavenVersion(Table.class, "tech.tablesaw", "tablesaw-core")},
            {"XChart", mavenVersion(org.knowm.xchart.XYChart.class, "org.knowm.xchart", "xchart")},
            {"OpenNLP", mavenVersion(opennlp.tools.tokenize.Tokenizer.class, "org.apache.opennlp", "opennlp-tools")},
        };
        for (String[] row : rows) {
            component.append(row[0]);
            version.append(row[1]);
        }
        return Table.create("environment", component, version);
    }

    /**
     * {@link #versions} plus one row {@code project commit} with {@link #inputsCommit}: the
     * environment cell that ends every notebook.
     */
    public static Table table(Class<?> kernelClass, Path projectRoot) {
        Table table = versions(kernelClass);
        table.stringColumn("component").append("Kabar inputs commit (lib, seeds, tools)");
        table.stringColumn("version").append(inputsCommit(projectRoot));
        return table;
    }

    /**
     * The last commit that touched the analysis inputs (lib/, seeds/, tools/), or "unknown"
     * outside a git checkout. Notebooks show this rather than HEAD, so committing the executed
     * notebooks themselves does not change what they print.
     */
    public static String inputsCommit(Path projectRoot) {
        try {
            Process git = new ProcessBuilder("git", "-C", projectRoot.toString(), "log", "-1",
                    "--format=%h %cs", "--", "lib", "seeds", "tools")
                    .redirectErrorStream(true).start();
            // One short line of output: it fits the pipe, so waiting first cannot block git.
            if (!git.waitFor(10, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return "unknown";
            }
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.exitValue() == 0 && !out.isEmpty() ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /**
     * Columns {@code file | bytes | lines} for the regular files of a folder whose names match a
     * glob (e.g. {@code "*.txt"}), sorted by name.
     */
    public static Table files(Path folder, String glob) throws IOException {
        var matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
        StringColumn file = StringColumn.create("file");
        LongColumn bytes = LongColumn.create("bytes");
        IntColumn lines = IntColumn.create("lines");
        try (var paths = Files.list(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).filter(p -> matcher.matches(p.getFileName())).sorted().toList()) {
                byte[] content = Files.readAllBytes(p);
                file.append(p.getFileName().toString());
                bytes.append(content.length);
                lines.append(countLines(content));
            }
        }
        return Table.create("files in " + folder.getFileName(), file, bytes, lines);
    }

    /** Lines as a text editor counts them: a last line without a line end still counts. */
    static int countLines(byte[] content) {
        int n = 0;
        for (byte b : content) {
            if (b == '\n') n++;
        }
        return content.length > 0 && content[content.length - 1] != '\n' ? n + 1 : n;
    }

    private static String mavenVersion(Class<?> inJar, String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = inJar.getResourceAsStream(resource)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
