package org.kabar.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kabar.corpus.CorpusLoader;
import org.kabar.corpus.Prepared;
import org.kabar.count.ArticleCounts;

/**
 * The rows of a Parquet export, read by Spark and handed to the library one at a time
 * ({@link CorpusLoader.TableRows}): each cell as the text a CSV export would hold (a date as an ISO
 * date, a timestamp as an ISO instant, a number as written, a nested value as JSON, a null empty),
 * each row at its place {@code file.parquet:ROW}, ROW counted from 1 in file order (Spark's
 * {@code _metadata.row_index}, whichever task reads which part of the file).
 */
final class ParquetRows {

    private static final String ROW_INDEX = "kabar_row_index";

    private ParquetRows() {}

    /** The file's columns as they come (nested ones as JSON text) and the row's index in the file. */
    static Dataset<Row> cells(Dataset<Row> rows) {
        List<Column> columns = new ArrayList<>();
        for (StructField field : rows.schema().fields()) {
            Column column = col("`" + field.name().replace("`", "``") + "`");
            DataType type = field.dataType();
            if (type instanceof ArrayType || type instanceof MapType || type instanceof StructType) column = to_json(column);
            columns.add(column.as(field.name()));
        }
        columns.add(col("_metadata.row_index").as(ROW_INDEX));
        return rows.select(columns.toArray(Column[]::new));
    }

    /** The rows of one partition of input {@code index}, each analysed as a row of a CSV export is, as rows of {@link Schemas#ANALYSED}. */
    static Iterator<Row> analyse(Resources resources, int index, List<String> columns, Iterator<Row> rows) {
        CorpusLoader.TableRows table = resources.loader.tableRows(resources.inputs, index, columns);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) values.putIfAbsent(columns.get(i), text(row.get(i)));
                long number = row.getLong(columns.size()) + 1;
                if (number > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(resources.inputs.name(index) + ": more than " + Integer.MAX_VALUE
                            + " rows; split the export into several files");
                }
                Prepared<ArticleCounts> prepared = table.row((int) number, values, resources.analysis::count);
                return Job.analysedRow(index, number, prepared);
            }
        };
    }

    /** A cell as the text a CSV export of the same table would hold. */
    static String text(Object value) {
        if (value == null) return "";
        if (value instanceof String text) return text;
        if (value instanceof LocalDateTime local) return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local);
        if (value instanceof java.sql.Timestamp timestamp) return timestamp.toInstant().toString();
        if (value instanceof java.sql.Date date) return date.toLocalDate().toString();
        if (value instanceof BigDecimal decimal) return decimal.toPlainString();
        if (value instanceof byte[] bytes) return new String(bytes, StandardCharsets.UTF_8);
        // LocalDate and Instant print as ISO-8601 (2022-01-10, 2022-01-10T08:30:00Z); numbers and booleans as written.
        return value.toString();
    }
}
