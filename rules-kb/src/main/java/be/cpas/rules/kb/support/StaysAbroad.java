package be.cpas.rules.kb.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import be.cpas.rules.kb.facts.SuspendedDays;
import be.cpas.rules.model.StayAbroad;

/**
 * Day counting for stays abroad (imported as DRL functions). The rules choose the method and its figures (art. 23 L);
 * this class only lists the days. A stay whose exceptional circumstances the CPAS accepted is left out; a stay's
 * days run from its first to its last day abroad, both included. Only days from {@code paidFrom} on are suspended
 * (before it no payment runs), but every day given counts towards the yearly allowance.
 */
public final class StaysAbroad {

    private StaysAbroad() {
    }

    /** The days beyond the first {@code allowance} days abroad of each calendar year, in the order they were spent. */
    public static List<SuspendedDays> beyondYearlyAllowance(List<StayAbroad> stays, int allowance, LocalDate paidFrom) {
        TreeMap<LocalDate, Integer> stayOfDay = new TreeMap<>();
        for (int i = 0; i < stays.size(); i++) {
            StayAbroad stay = stays.get(i);
            if (!Boolean.TRUE.equals(stay.exceptionalCircumstances())) {
                for (LocalDate day = stay.firstDay(); !day.isAfter(stay.lastDay()); day = day.plusDays(1)) {
                    stayOfDay.putIfAbsent(day, i);
                }
            }
        }
        Map<Integer, Integer> countedInYear = new TreeMap<>();
        List<LocalDate> suspended = new ArrayList<>();
        List<Integer> suspendedStays = new ArrayList<>();
        for (Map.Entry<LocalDate, Integer> day : stayOfDay.entrySet()) {
            int counted = countedInYear.merge(day.getKey().getYear(), 1, Integer::sum);
            if (counted > allowance && !day.getKey().isBefore(paidFrom)) {
                suspended.add(day.getKey());
                suspendedStays.add(day.getValue());
            }
        }
        return byStayAndMonth(stays, suspended, suspendedStays);
    }

    /** The days of each stay from its first day + {@code freeMonths} months on. */
    public static List<SuspendedDays> beyondEachStay(List<StayAbroad> stays, int freeMonths, LocalDate paidFrom) {
        List<LocalDate> suspended = new ArrayList<>();
        List<Integer> suspendedStays = new ArrayList<>();
        for (int i = 0; i < stays.size(); i++) {
            StayAbroad stay = stays.get(i);
            if (!Boolean.TRUE.equals(stay.exceptionalCircumstances())) {
                for (LocalDate day = stay.firstDay().plusMonths(freeMonths); !day.isAfter(stay.lastDay()); day = day.plusDays(1)) {
                    if (!day.isBefore(paidFrom)) {
                        suspended.add(day);
                        suspendedStays.add(i);
                    }
                }
            }
        }
        return byStayAndMonth(stays, suspended, suspendedStays);
    }

    /** Runs of suspended days grouped per stay and calendar month (days in increasing order within each stay). */
    private static List<SuspendedDays> byStayAndMonth(List<StayAbroad> stays, List<LocalDate> days, List<Integer> stayIndices) {
        Map<String, List<LocalDate>> groups = new TreeMap<>();
        Map<String, Integer> stayOfGroup = new TreeMap<>();
        for (int k = 0; k < days.size(); k++) {
            String key = String.format("%05d/%s", stayIndices.get(k), days.get(k).withDayOfMonth(1));
            groups.computeIfAbsent(key, g -> new ArrayList<>()).add(days.get(k));
            stayOfGroup.put(key, stayIndices.get(k));
        }
        List<SuspendedDays> result = new ArrayList<>();
        groups.forEach((key, group) -> {
            int stay = stayOfGroup.get(key);
            result.add(new SuspendedDays(stay, group.get(0), group.get(group.size() - 1), group.size(),
                    stays.get(stay).exceptionalCircumstances()));
        });
        return result;
    }
}
