package org.kabar.corpus;

import java.io.IOException;
import java.io.Serializable;

/**
 * One entry of a corpus folder, wherever the folder is stored: a file on this machine's disk
 * ({@link CorpusLoader#load(java.nio.file.Path)} lists those), or one on a distributed file
 * system that another module lists (the Spark module's Hadoop folders: {@code hdfs://},
 * {@code s3a://}). The loader reads every entry through this, so an entry listed on one machine can
 * be read on another: implementations are serializable and open their storage again where they
 * are read.
 */
public interface Input extends Serializable {

    /** The path below the corpus folder, "/"-separated: the article's {@code file}, and its id without the ending. */
    String name();

    /** Where the entry is, for messages: a path or a URL. */
    String location();

    /** The size in bytes (0 for an entry that is not a file). */
    long size();

    /**
     * Why the entry is not read (a hidden folder, a link not followed, a folder given as a file),
     * or null for a file to read.
     */
    String notRead();

    /** The whole content. */
    byte[] read() throws IOException;
}
