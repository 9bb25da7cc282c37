package org.octopusdesk.domain.conference;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The layout of one day of the programme as a timetable: rooms as columns, time running down. The rows are the
 * spans between consecutive start or end times of the day's sessions, so a session of any length covers whole
 * rows. Two sessions of a room that overlap (a clash to be flagged) sit in side-by-side lanes of that room's
 * column instead of on top of each other.
 */
public final class DayTimetable {

    /**
     * Where a session sits.
     *
     * @param column its column among all lanes of all rooms, from 0
     * @param row its first row, from 0
     * @param rowSpan how many rows it covers
     */
    public record Placement(Session session, int column, int row, int rowSpan) {
    }

    /** A room's columns: from {@code firstColumn}, {@code lanes} wide. */
    public record RoomColumns(String room, int firstColumn, int lanes) {
    }

    private final List<RoomColumns> rooms;
    private final List<LocalTime> times;
    private final List<Placement> placements;

    private DayTimetable(List<RoomColumns> rooms, List<LocalTime> times, List<Placement> placements) {
        this.rooms = List.copyOf(rooms);
        this.times = List.copyOf(times);
        this.placements = List.copyOf(placements);
    }

    /** Lays out the sessions of one day; rooms by name, so that a room keeps its place from day to day. */
    public static DayTimetable of(List<Session> day) {
        List<Session> sorted = day.stream().sorted(Comparator.comparing(Session::start).thenComparing(Session::end)
                .thenComparing(session -> session.id().value())).toList();
        TreeSet<LocalTime> boundaries = new TreeSet<>();
        Map<String, List<List<Session>>> lanesByRoom = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Session session : sorted) {
            boundaries.add(session.start());
            boundaries.add(session.end());
            List<List<Session>> lanes = lanesByRoom.computeIfAbsent(session.room(), room -> new ArrayList<>());
            List<Session> free = lanes.stream().filter(lane -> lane.get(lane.size() - 1).end()
                    .compareTo(session.start()) <= 0).findFirst().orElse(null);
            if (free == null) {
                free = new ArrayList<>();
                lanes.add(free);
            }
            free.add(session);
        }
        List<LocalTime> times = new ArrayList<>(boundaries);
        List<RoomColumns> rooms = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        int column = 0;
        for (Map.Entry<String, List<List<Session>>> room : lanesByRoom.entrySet()) {
            rooms.add(new RoomColumns(room.getKey(), column, room.getValue().size()));
            for (List<Session> lane : room.getValue()) {
                for (Session session : lane) {
                    int row = times.indexOf(session.start());
                    placements.add(new Placement(session, column, row, times.indexOf(session.end()) - row));
                }
                column++;
            }
        }
        return new DayTimetable(rooms, times, placements);
    }

    public List<RoomColumns> rooms() {
        return rooms;
    }

    /** The times that bound the rows: row i runs from times[i] to times[i + 1]. */
    public List<LocalTime> times() {
        return times;
    }

    public int rowCount() {
        return Math.max(0, times.size() - 1);
    }

    public int columnCount() {
        return rooms.stream().mapToInt(RoomColumns::lanes).sum();
    }

    public List<Placement> placements() {
        return placements;
    }
}
