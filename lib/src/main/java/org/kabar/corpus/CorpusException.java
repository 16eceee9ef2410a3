package org.kabar.corpus;

/**
 * Input the corpus loader cannot use. The message is one line that names the file or folder
 * and the reason, so a notebook cell or the command line can show it as it is.
 */
public class CorpusException extends RuntimeException {

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
