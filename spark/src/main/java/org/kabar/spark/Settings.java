package org.kabar.spark;

import java.io.Serializable;
import java.util.TreeMap;
import org.kabar.corpus.PeriodUnit;

/**
 * The choices of a run, the same as {@code analyze}'s, shipped once to each executor, which builds
 * its {@link Resources} from them.
 *
 * @param folder the corpus folder: a URL Hadoop reads ({@code hdfs://}, {@code s3a://}, {@code file:}),
 *     or a path, which every executor must see (local mode, or a folder shared by the cluster's machines)
 * @param root the term reducer: none, snowball or sastrawi
 * @param columns loader fields by the column that holds them ({@code --text-column} and the like)
 */
record Settings(String folder, PeriodUnit period, boolean metonyms, String root, TreeMap<String, String> columns)
        implements Serializable {}
