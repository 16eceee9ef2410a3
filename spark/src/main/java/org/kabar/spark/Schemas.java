package org.kabar.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The row types of the job. */
final class Schemas {

    private Schemas() {}

    private static StructField field(String name, DataType type) {
        return createStructField(name, type, true);
    }

    /** One actor of an article: its name, type and mentions. */
    static final StructType ACTOR = createStructType(List.of(field("actor", StringType), field("type", StringType),
            field("mentions", IntegerType)));

    /**
     * One term of an article: the term, its most frequent written form in the article, its count,
     * and every written form with its count when there is more than one (else null).
     */
    static final StructType TERM = createStructType(List.of(field("term", StringType), field("surface", StringType),
            field("count", IntegerType), field("forms", createMapType(StringType, IntegerType))));

    /**
     * What one input gives, per article or report row, by its input's index and its order there (a
     * row number for a Parquet row), by its place ({@code file} or
     * {@code file:line}): its facts for the driver (load report, the article's row without its
     * text; see {@code Prepared.withoutText}), and an article's counts (null for a report row):
     * the word tokens the actor and term rates divide by, and the actors and terms.
     */
    static final StructType ANALYSED = createStructType(List.of(field("input", IntegerType), field("order", LongType),
            field("place", StringType), field("facts", BinaryType),
            field("actor_words", IntegerType), field("actors", createArrayType(ACTOR)),
            field("term_words", IntegerType), field("terms", createArrayType(TERM))));

    /** An article used: its place, id and period (after the corpus's years date yearless articles). */
    static final StructType USED = createStructType(List.of(field("place", StringType), field("id", StringType),
            field("period", StringType)));
}
