package nl.werving.screening.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werving.screening.text.CvLayout;
import nl.werving.screening.text.Section;

/**
 * Dated work history: the periods of the CV's work-experience entries, each with the text of its entry.
 *
 * <p>Periods are date ranges ("2018 - 2023", "jan 2019 – heden", "03/2020 - present", "2015-2017",
 * "sinds 2021", "van 2016 tot 2018"), counted in whole months. A start without a month is January; an end without a
 * month is the start of that year ("2018 - 2023" is five years), or the end of it when that would not be after the
 * start ("2019 - 2019" is one year); an end with a month includes that month. "heden", "present", "nu", "now",
 * "current" and the like mean the reference date, which the caller passes in (never the clock), its month included
 * ("jan 2019 - heden" on 1 June 2025 is 6.5 years); no period runs
 * past it. Only ranges in a work-experience section count; a CV without any work-experience heading has its ranges
 * outside education, course, certificate, language and other known sections counted instead.
 *
 * <p>An entry starts at its range's line, or at the line before it when the range stands on a line of its own
 * (the job title usually comes first), and runs to the next entry or the end of the section.
 */
final class WorkHistory {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("januari", 1), Map.entry("january", 1),
            Map.entry("feb", 2), Map.entry("februari", 2), Map.entry("february", 2),
            Map.entry("mrt", 3), Map.entry("maart", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("june", 6),
            Map.entry("jul", 7), Map.entry("juli", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("augustus", 8), Map.entry("august", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));

    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    private static final String POINT = "(?:" + MONTH + "\\.?\\s+(\\d{4})|(?<!\\d)(\\d{1,2})\\s*[/\\-.]\\s*(\\d{4})"
            + "|(?<!\\d)(\\d{4}))(?!\\d)";
    private static final String PRESENT = "(tot\\s+heden|heden|present|nu|now|current|currently|today|huidig|"
            + "to\\s+date|till\\s+now|ongoing)";
    private static final Pattern RANGE = Pattern.compile("(?<![\\p{L}])(?:(?:van|from)\\s+)?" + POINT
            + "\\s*(?:-|to|tot|t/m|until|till|through)\\s*(?:" + POINT.replace("(?<!\\d)", "") + "|" + PRESENT
            + "(?![\\p{L}]))|(?<![\\p{L}])(?:sinds|since)\\s+" + POINT);

    /** One period in months since year 0 ([startMonth, endMonth)), and its entry's text span. */
    record Period(int startMonth, int endMonth, int rangeStart, int rangeEnd, int entryStart, int entryEnd) {

        int months() {
            return endMonth - startMonth;
        }
    }

    private WorkHistory() {
    }

    static List<Period> periods(CvLayout layout, String folded, LocalDate referenceDate) {
        int reference = referenceDate.getYear() * 12 + referenceDate.getMonthValue();
        boolean hasWorkSection = layout.hasSection(Section.WORK);
        List<int[]> ranges = new ArrayList<>();
        Matcher matcher = RANGE.matcher(folded).useTransparentBounds(true);
        for (CvLayout.Line line : layout.lines()) {
            if (!counts(line.section(), hasWorkSection) || !hasYear(folded, line)) {
                continue;
            }
            matcher.region(line.start(), line.end());
            while (matcher.find()) {
                int[] months = months(matcher, reference);
                if (months != null) {
                    ranges.add(new int[] {months[0], months[1], matcher.start(), matcher.end()});
                }
            }
        }
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            int[] range = ranges.get(i);
            int entryStart = entryStart(layout, folded, range[2], range[3]);
            int entryEnd = sectionEnd(layout, range[2]);
            if (i + 1 < ranges.size()) {
                int[] next = ranges.get(i + 1);
                entryEnd = Math.min(entryEnd, Math.max(range[3], entryStart(layout, folded, next[2], next[3])));
            }
            periods.add(new Period(range[0], range[1], range[2], range[3], entryStart, Math.max(entryEnd, range[3])));
        }
        return List.copyOf(periods);
    }

    /** The number of months covered by at least one period: overlaps count once. */
    static int unionMonths(List<Period> periods) {
        List<Period> sorted = periods.stream().sorted(Comparator.comparingInt(Period::startMonth)
                .thenComparingInt(Period::endMonth)).toList();
        int total = 0;
        int coveredUntil = Integer.MIN_VALUE;
        for (Period period : sorted) {
            int start = Math.max(period.startMonth(), coveredUntil);
            if (period.endMonth() > start) {
                total += period.endMonth() - start;
            }
            coveredUntil = Math.max(coveredUntil, period.endMonth());
        }
        return total;
    }

    /** Whether the line holds four digits in a row: every range has a year. */
    private static boolean hasYear(String folded, CvLayout.Line line) {
        int run = 0;
        for (int i = line.start(); i < line.end(); i++) {
            run = Character.isDigit(folded.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean counts(Section section, boolean hasWorkSection) {
        if (hasWorkSection) {
            return section == Section.WORK;
        }
        return section == Section.NONE || section == Section.PROFILE || section == Section.SKILLS;
    }

    /** [startMonth, endMonth) or null when the range makes no sense or starts after the reference date. */
    private static int[] months(Matcher m, int reference) {
        Integer start;
        Integer end;
        if (m.group(1) != null || m.group(3) != null || m.group(5) != null) {
            start = point(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), true, null);
            if (start == null) {
                return null;
            }
            if (m.group(11) != null) {
                end = reference;
            } else {
                end = point(m.group(6), m.group(7), m.group(8), m.group(9), m.group(10), false, start);
            }
        } else {
            start = point(m.group(12), m.group(13), m.group(14), m.group(15), m.group(16), true, null);
            end = reference;
        }
        if (start == null || end == null || start >= reference) {
            return null;
        }
        end = Math.min(end, reference);
        return end > start ? new int[] {start, end} : null;
    }

    /** A range end is exclusive: the month after the one named, or January of a bare year (see the class doc). */
    private static Integer point(String monthName, String monthYear, String monthNumber, String numberYear,
            String bareYear, boolean isStart, Integer start) {
        int year;
        Integer month = null;
        if (monthName != null) {
            month = MONTHS.get(monthName);
            year = Integer.parseInt(monthYear);
        } else if (monthNumber != null) {
            month = Integer.parseInt(monthNumber);
            year = Integer.parseInt(numberYear);
            if (month < 1 || month > 12) {
                return null;
            }
        } else if (bareYear != null) {
            year = Integer.parseInt(bareYear);
        } else {
            return null;
        }
        if (year < 1950 || year > 2100) {
            return null;
        }
        if (isStart) {
            return year * 12 + (month == null ? 0 : month - 1);
        }
        if (month != null) {
            return year * 12 + month;
        }
        int end = year * 12;
        return start != null && end <= start ? end + 12 : end;
    }

    private static int entryStart(CvLayout layout, String folded, int rangeStart, int rangeEnd) {
        int index = layout.indexOfLineAt(rangeStart);
        CvLayout.Line line = layout.lines().get(index);
        String rest = folded.substring(line.start(), rangeStart) + folded.substring(rangeEnd, line.end());
        long letters = rest.chars().filter(Character::isLetter).count();
        if (letters < 4 && index > 0) {
            CvLayout.Line previous = layout.lines().get(index - 1);
            String previousText = folded.substring(previous.start(), previous.end());
            if (!previous.heading() && !previousText.isBlank() && !RANGE.matcher(previousText).find()
                    && previous.section() == line.section()) {
                return previous.start();
            }
        }
        return line.start();
    }

    private static int sectionEnd(CvLayout layout, int position) {
        int index = layout.indexOfLineAt(position);
        Section section = layout.lines().get(index).section();
        for (int i = index + 1; i < layout.lines().size(); i++) {
            CvLayout.Line line = layout.lines().get(i);
            if (line.heading() || line.section() != section) {
                return line.start();
            }
        }
        return layout.text().length();
    }
}
