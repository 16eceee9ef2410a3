package org.kabar.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small questions a notebook asks of actor tables, answered without changing them. */
public final class ActorTables {
    private ActorTables() {}

    /**
     * Actors mentioned at least {@code minimum} times ({@link Actors#find}), most mentioned
     * first, ties by name: the cast worth charting.
     */
    public static List<String> frequent(Mentions mentions, int minimum) {
        Map<String, Integer> counts = new TreeMap<>();
        mentions.table().stringColumn("actor").forEach(actor -> counts.merge(actor, 1, Integer::sum));
        List<String> actors = new ArrayList<>();
        counts.forEach((actor, n) -> {
            if (n >= minimum) actors.add(actor);
        });
        actors.sort(Comparator.comparing((String actor) -> -counts.get(actor)).thenComparing(Comparator.naturalOrder()));
        return actors;
    }

    /** Every metonym of the dictionary ("Washington", "Kremlin", ...), sorted. */
    public static SortedSet<String> metonyms(ActorDictionary dictionary) {
        SortedSet<String> all = new TreeSet<>();
        dictionary.actors().forEach(actor -> all.addAll(actor.metonyms()));
        return all;
    }

    /**
     * Two per-period count tables ({@link Actors#perPeriod}) made under different counting
     * choices, side by side where they differ: columns {@code period | actor | <firstName> |
     * <secondName> | difference} (second minus first; an actor missing from one table counts 0),
     * sorted by period then actor.
     */
    public static Table compareCounts(Table first, Table second, String firstName, String secondName) {
        Map<String, int[]> both = new TreeMap<>();
        collect(first, both, 0);
        collect(second, both, 1);
        StringColumn periods = StringColumn.create("period");
        StringColumn actors = StringColumn.create("actor");
        IntColumn firstCounts = IntColumn.create(firstName);
        IntColumn secondCounts = IntColumn.create(secondName);
        IntColumn difference = IntColumn.create("difference");
        both.forEach((key, counts) -> {
            if (counts[0] == counts[1]) return;
            periods.append(key.substring(0, key.indexOf('\t')));
            actors.append(key.substring(key.indexOf('\t') + 1));
            firstCounts.append(counts[0]);
            secondCounts.append(counts[1]);
            difference.append(counts[1] - counts[0]);
        });
        return Table.create(firstName + " vs " + secondName, periods, actors, firstCounts, secondCounts, difference);
    }

    private static void collect(Table perPeriod, Map<String, int[]> both, int slot) {
        Objects.requireNonNull(perPeriod, "count table");
        for (int row = 0; row < perPeriod.rowCount(); row++) {
            String key = perPeriod.stringColumn("period").get(row) + "\t" + perPeriod.stringColumn("actor").get(row);
            both.computeIfAbsent(key, k -> new int[2])[slot] += perPeriod.intColumn("mentions").get(row);
        }
    }
}
