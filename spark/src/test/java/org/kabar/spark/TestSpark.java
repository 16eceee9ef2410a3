package org.kabar.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local mode on two cores, the job's own session settings, and the {@link CountingFileSystem} scheme. */
final class TestSpark {

    private TestSpark() {}

    static SparkSession start() {
        return SparkSession.builder().master("local[2]").appName("kabar spark tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.hadoop.fs." + CountingFileSystem.SCHEME + ".impl", CountingFileSystem.class.getName())
                .getOrCreate();
    }
}
