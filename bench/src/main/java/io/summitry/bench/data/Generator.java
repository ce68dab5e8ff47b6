package io.summitry.bench.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.summitry.bench.data.Dataset.Meeting;
import io.summitry.bench.data.Dataset.Organization;
import io.summitry.bench.data.Dataset.Participant;
import io.summitry.bench.data.Dataset.Person;
import io.summitry.bench.data.Dataset.Position;
import io.summitry.bench.data.Dataset.Series;
import io.summitry.bench.data.Dataset.Source;
import io.summitry.bench.data.Dataset.Statement;
import io.summitry.edtf.FuzzyDate;

/**
 * Makes a deterministic dataset of realistic shape: one seeded {@link Random} drives everything in a fixed order, so
 * a seed and a {@link Scale} always give the same rows (and the same UUIDs).
 */
public final class Generator {

    /** The share of participant slots that go to the most prominent officials, so a few sit in thousands. */
    static final double PROMINENT_SHARE = 0.10;
    static final int PROMINENT_OFFICIALS = 100;

    private static final String[] COUNTRIES = { "US", "KR", "JP", "AU", "PH", "GB", "IN", "FR" };
    private static final Map<String, String[]> CITIES = Map.of(
            "US", new String[] { "Washington", "Honolulu", "San Diego", "New York" },
            "KR", new String[] { "Seoul", "Busan", "Jeju" },
            "JP", new String[] { "Tokyo", "Yokosuka", "Okinawa", "Osaka" },
            "AU", new String[] { "Canberra", "Sydney" }, "PH", new String[] { "Manila" },
            "GB", new String[] { "London" }, "IN", new String[] { "New Delhi" }, "FR", new String[] { "Paris" });
    private static final String[] UNITS = { "Defense Policy", "North Korea Policy", "Alliance Affairs",
            "Missile Defense", "Maritime Security", "Cyber Security", "Intelligence", "Logistics",
            "International Cooperation", "Strategy", "Arms Control", "Space Policy", "Northeast Asian Affairs",
            "Force Planning", "Acquisition", "Personnel" };
    private static final String[] UNIT_PREFIXES = { "Office of", "Bureau of", "Directorate of", "Department of",
            "Division of" };
    private static final String[] TOP_ORGS = { "Ministry of National Defense", "Ministry of Foreign Affairs",
            "Joint Chiefs of Staff", "Office of the President", "National Security Council", "Defense Agency",
            "Institute for Defense Analyses", "National Assembly Defense Committee" };
    private static final String[] TOP_KINDS = { "MINISTRY", "MINISTRY", "MILITARY", "HEAD_OF_STATE_OFFICE",
            "HEAD_OF_STATE_OFFICE", "AGENCY", "THINK_TANK", "LEGISLATURE" };
    private static final String[] TITLES = { "Minister", "Vice Minister", "Deputy Minister for Policy",
            "Director General", "Assistant Secretary", "Deputy Assistant Secretary", "Director", "Deputy Director",
            "Chief of Staff", "Ambassador", "Senior Advisor", "Commander" };
    private static final String[] TOPICS = { "missile defense", "north korea", "maritime security", "cyber",
            "space", "extended deterrence", "supply chain", "nuclear", "exercises", "intelligence sharing",
            "humanitarian assistance", "technology", "ballistic missiles", "alliance management" };
    private static final String[] FORMATS = { "Defense Trilateral Talks", "Security Dialogue",
            "Strategic Dialogue", "Working Group", "Policy Talks", "Ministerial Meeting", "Seminar",
            "Tabletop Exercise" };
    private static final String[] FORMAT_KINDS = { "TALKS", "TALKS", "TALKS", "WORKING_LEVEL", "TALKS",
            "MINISTERIAL", "SEMINAR", "EXERCISE" };
    private static final String[] PUBLISHERS = { "Yonhap", "Kyodo", "U.S. Department of Defense",
            "Ministry of National Defense", "Japan Ministry of Defense", "The Korea Herald", "NHK", "Reuters" };
    private static final String[] ROLES = { "DELEGATE", "DELEGATE", "DELEGATE", "SPEAKER", "HEAD_OF_DELEGATION",
            "OBSERVER", "MODERATOR", "HOST" };
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private final Scale scale;
    private final Random rnd;

    private Generator(Scale scale) {
        this.scale = scale;
        this.rnd = new Random(scale.seed());
    }

    /** Generates the whole dataset for a scale; same scale (including seed), same rows. */
    public static Dataset generate(Scale scale) {
        return new Generator(scale).run();
    }

    private Dataset run() {
        List<Organization> organizations = organizations();
        List<Person> people = people();
        List<Position> positions = positions(people, organizations);
        List<Series> series = series();
        List<Source> sources = sources();
        List<Meeting> meetings = meetings(series, sources, organizations);
        List<Participant> participants = participants(meetings, people, positions);
        List<Statement> statements = statements(meetings, participants);
        return new Dataset(scale, organizations, people, positions, series, sources, meetings, participants,
                statements);
    }

    private UUID uuid() {
        long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private List<Organization> organizations() {
        List<Organization> result = new ArrayList<>(scale.organizations());
        Map<String, List<UUID>> tops = new HashMap<>();
        for (int i = 0; i < scale.organizations(); i++) {
            String country = COUNTRIES[i % COUNTRIES.length];
            List<UUID> countryTops = tops.computeIfAbsent(country, c -> new ArrayList<>());
            if (countryTops.size() < TOP_ORGS.length) {
                int t = countryTops.size();
                UUID id = uuid();
                countryTops.add(id);
                result.add(new Organization(id, TOP_ORGS[t] + " (" + country + ")",
                        acronym(TOP_ORGS[t]) + "-" + country, TOP_KINDS[t], country, null));
            } else {
                String unit = Names.pick(rnd, UNIT_PREFIXES) + " " + Names.pick(rnd, UNITS);
                String name = unit + " " + (i / COUNTRIES.length) + " (" + country + ")";
                result.add(new Organization(uuid(), name, null, rnd.nextInt(5) == 0 ? "AGENCY" : "DEPARTMENT",
                        country, Names.pick(rnd, countryTops)));
            }
        }
        return result;
    }

    private static String acronym(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                b.append(word.charAt(0));
            }
        }
        return b.toString();
    }

    private List<Person> people() {
        List<Person> result = new ArrayList<>(scale.people());
        for (int i = 0; i < scale.people(); i++) {
            int r = rnd.nextInt(100);
            String nationality;
            Names.Name name;
            if (r < 35) {
                nationality = "KR";
                name = Names.korean(rnd);
            } else if (r < 65) {
                nationality = "JP";
                name = Names.japanese(rnd);
            } else if (r < 95) {
                nationality = "US";
                name = Names.american(rnd);
            } else {
                nationality = COUNTRIES[3 + rnd.nextInt(COUNTRIES.length - 3)];
                name = Names.american(rnd);
            }
            result.add(new Person(uuid(), name.name(), name.given(), name.family(), name.otherNames(), nationality));
        }
        return result;
    }

    private List<Position> positions(List<Person> people, List<Organization> organizations) {
        Map<String, List<Organization>> byCountry = new HashMap<>();
        organizations.forEach(o -> byCountry.computeIfAbsent(o.countryCode(), c -> new ArrayList<>()).add(o));
        List<Position> result = new ArrayList<>(scale.positions());
        int perPerson = Math.max(1, scale.positions() / people.size());
        int extra = scale.positions() - perPerson * people.size();
        for (int p = 0; p < people.size() && result.size() < scale.positions(); p++) {
            Person person = people.get(p);
            int count = perPerson + (p < extra ? 1 : 0);
            List<Organization> orgs = byCountry.getOrDefault(person.nationality(), organizations);
            int year = 1990 + rnd.nextInt(28);
            for (int k = 0; k < count && result.size() < scale.positions(); k++) {
                int length = 1 + rnd.nextInt(5);
                boolean last = k == count - 1;
                String start = yearDate(year);
                String end = last && (year + length > TODAY.getYear() || rnd.nextInt(3) == 0) ? null
                        : yearDate(year + length);
                result.add(new Position(uuid(), person.id(), Names.pick(rnd, orgs).id(), Names.pick(rnd, TITLES),
                        start, end));
                year += length + 1;
            }
        }
        return result;
    }

    /** A date inside a year, at day, month or year precision, so spans of consecutive years never overlap. */
    private String yearDate(int year) {
        int r = rnd.nextInt(10);
        if (r < 5) {
            return LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)).toString();
        }
        if (r < 8) {
            return String.format("%04d-%02d", year, 1 + rnd.nextInt(12));
        }
        return year + (rnd.nextInt(4) == 0 ? "?" : "");
    }

    private List<Series> series() {
        List<Series> result = new ArrayList<>(scale.series());
        for (int i = 0; i < scale.series(); i++) {
            int f = i % FORMATS.length;
            String a = COUNTRIES[i % 3];
            String other = COUNTRIES[(i / 3 + 1) % COUNTRIES.length];
            String b = other.equals(a) ? "AU" : other;
            String name = a + "-" + b + " " + FORMATS[f] + " " + (i / FORMATS.length + 1);
            String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            result.add(new Series(slug, name, acronym(FORMATS[f]) + (i / FORMATS.length + 1)));
        }
        return result;
    }

    private List<Source> sources() {
        List<Source> result = new ArrayList<>(scale.sources());
        for (int i = 0; i < scale.sources(); i++) {
            LocalDate published = LocalDate.of(1995, 1, 1).plusDays(rnd.nextInt(11_400));
            String publisher = Names.pick(rnd, PUBLISHERS);
            result.add(new Source(uuid(), publisher + " report " + i + " on " + Names.pick(rnd, TOPICS), publisher,
                    published, rnd.nextInt(10) == 0 ? null : "https://news.example.org/" + published + "/" + i));
        }
        return result;
    }

    private List<Meeting> meetings(List<Series> series, List<Source> sources, List<Organization> organizations) {
        Map<String, List<Organization>> tops = new HashMap<>();
        organizations.stream().filter(o -> o.parentId() == null)
                .forEach(o -> tops.computeIfAbsent(o.countryCode(), c -> new ArrayList<>()).add(o));
        List<Meeting> drafts = new ArrayList<>(scale.meetings());
        Map<String, List<Integer>> seriesMembers = new LinkedHashMap<>();
        for (int i = 0; i < scale.meetings(); i++) {
            String edtf = meetingDate();
            FuzzyDate date = FuzzyDate.parse(edtf);
            Series inSeries = rnd.nextInt(10) < 4 ? Names.pick(rnd, series) : null;
            String kind = inSeries != null ? FORMAT_KINDS[series.indexOf(inSeries) % FORMAT_KINDS.length]
                    : Names.pick(rnd, FORMAT_KINDS);
            boolean future = date.earliest() != null && date.earliest().isAfter(TODAY.minusMonths(1));
            String status = future ? (rnd.nextInt(10) == 0 ? "POSTPONED" : "PLANNED")
                    : (rnd.nextInt(40) == 0 ? "CANCELLED" : "HELD");
            List<String> countries = countries();
            String where = countries.get(rnd.nextInt(countries.size()));
            List<String> topics = topics();
            String title = inSeries != null ? inSeries.name() : String.join("–", countries) + " "
                    + Names.pick(rnd, FORMATS) + " on " + topics.get(0);
            String summary = "Officials of " + String.join(", ", countries) + " discussed "
                    + String.join(" and ", topics) + " in " + Names.pick(rnd, CITIES.get(where)) + ".";
            List<UUID> sourceIds = new ArrayList<>();
            int sourceCount = 1 + rnd.nextInt(2);
            for (int s = 0; s < sourceCount; s++) {
                UUID id = Names.pick(rnd, sources).id();
                if (!sourceIds.contains(id)) {
                    sourceIds.add(id);
                }
            }
            UUID host = rnd.nextInt(5) == 0 ? null : Names.pick(rnd, tops.get(where)).id();
            drafts.add(new Meeting(uuid(), title, kind, status, edtf, rnd.nextBoolean() ? "Ministry of Defense" : null,
                    Names.pick(rnd, CITIES.get(where)), where, inSeries == null ? null : inSeries.slug(), null, host,
                    countries, summary, topics, sourceIds));
            if (inSeries != null) {
                seriesMembers.computeIfAbsent(inSeries.slug(), s -> new ArrayList<>()).add(i);
            }
        }
        // rounds are numbered in date order, as the series' own press releases count them
        for (List<Integer> members : seriesMembers.values()) {
            members.sort(Comparator.comparing((Integer i) -> sortKey(drafts.get(i).edtf())).thenComparing(i -> i));
            for (int o = 0; o < members.size(); o++) {
                Meeting m = drafts.get(members.get(o));
                drafts.set(members.get(o), new Meeting(m.id(), ordinal(o + 1) + " " + m.title(), m.kind(), m.status(),
                        m.edtf(), m.venue(), m.city(), m.locationCountry(), m.seriesSlug(), o + 1,
                        m.hostOrganizationId(), m.countryCodes(), m.summary(), m.topics(), m.sourceIds()));
            }
        }
        return drafts;
    }

    private static LocalDate sortKey(String edtf) {
        LocalDate earliest = FuzzyDate.parse(edtf).earliest();
        return earliest == null ? LocalDate.MAX : earliest;
    }

    private static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** A meeting date of every precision the services accept, most of them exact days, skewed to recent years. */
    private String meetingDate() {
        int year = 2026 - (int) Math.floor(Math.pow(rnd.nextDouble(), 1.6) * 31);
        LocalDate day = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        int r = rnd.nextInt(1000);
        String qualifier = rnd.nextInt(20) == 0 ? Names.pick(rnd, new String[] { "?", "~", "%" }) : "";
        if (r < 600) {
            return day + qualifier;
        }
        if (r < 700) {
            return day + "/" + day.plusDays(1 + rnd.nextInt(2));
        }
        if (r < 800) {
            return String.format("%04d-%02d", year, day.getMonthValue()) + qualifier;
        }
        if (r < 830) {
            return year + "-" + (21 + rnd.nextInt(4));
        }
        if (r < 860) {
            return year + "-" + (33 + rnd.nextInt(4));
        }
        if (r < 880) {
            return year + "-" + (37 + rnd.nextInt(3));
        }
        if (r < 910) {
            return year + "-" + (40 + rnd.nextInt(2));
        }
        if (r < 950) {
            return year + qualifier;
        }
        if (r < 965) {
            return (year / 10) + "X";
        }
        if (r < 970) {
            return (year / 100) + "XX";
        }
        if (r < 975) {
            return "XXXX";
        }
        if (r < 990) {
            return day + "/..";
        }
        return "../" + year;
    }

    private List<String> countries() {
        List<String> result = new ArrayList<>(List.of("US", "KR", "JP"));
        int drop = rnd.nextInt(4);
        if (drop < 3) {
            result.remove(drop);
        }
        if (rnd.nextInt(8) == 0) {
            result.add(COUNTRIES[3 + rnd.nextInt(COUNTRIES.length - 3)]);
        }
        return result;
    }

    private List<String> topics() {
        Set<String> result = new java.util.LinkedHashSet<>();
        int n = 1 + rnd.nextInt(3);
        while (result.size() < n) {
            result.add(Names.pick(rnd, TOPICS));
        }
        return List.copyOf(result);
    }

    private List<Participant> participants(List<Meeting> meetings, List<Person> people, List<Position> positions) {
        Map<UUID, List<Position>> postsByPerson = new HashMap<>();
        positions.forEach(p -> postsByPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p));
        int[] sizes = meetingSizes(meetings.size(), Math.min(scale.participants(), meetings.size() * people.size()),
                people.size());
        double[] zipf = zipfCumulative(Math.min(PROMINENT_OFFICIALS, people.size()));
        List<Participant> result = new ArrayList<>(scale.participants());
        for (int m = 0; m < meetings.size(); m++) {
            Meeting meeting = meetings.get(m);
            LocalDate when = FuzzyDate.parse(meeting.edtf()).earliest();
            Set<Integer> chosen = new HashSet<>();
            while (chosen.size() < sizes[m]) {
                chosen.add(rnd.nextDouble() < PROMINENT_SHARE ? zipfPick(zipf) : rnd.nextInt(people.size()));
            }
            boolean first = true;
            for (int index : chosen.stream().sorted().toList()) {
                Person person = people.get(index);
                String delegation = meeting.countryCodes().contains(person.nationality()) ? person.nationality()
                        : meeting.countryCodes().get(0);
                String title = titleAt(postsByPerson.getOrDefault(person.id(), List.of()), when);
                result.add(new Participant(uuid(), meeting.id(), person.id(),
                        first ? "HEAD_OF_DELEGATION" : Names.pick(rnd, ROLES), delegation, title));
                first = false;
            }
        }
        return result;
    }

    /** Participants per meeting: uniform around the mean, then nudged until the total is exact. */
    private int[] meetingSizes(int meetings, int total, int maxPerMeeting) {
        int mean = Math.max(1, total / meetings);
        int[] sizes = new int[meetings];
        long sum = 0;
        for (int i = 0; i < meetings; i++) {
            sizes[i] = Math.min(maxPerMeeting, 1 + rnd.nextInt(2 * mean - 1 + 1));
            sum += sizes[i];
        }
        while (sum != total) {
            int i = rnd.nextInt(meetings);
            if (sum < total && sizes[i] < maxPerMeeting) {
                sizes[i]++;
                sum++;
            } else if (sum > total && sizes[i] > 1) {
                sizes[i]--;
                sum--;
            }
        }
        return sizes;
    }

    private static double[] zipfCumulative(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private int zipfPick(double[] cumulative) {
        double u = rnd.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u <= cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static String titleAt(List<Position> posts, LocalDate when) {
        if (when == null) {
            return null;
        }
        for (Position post : posts) {
            FuzzyDate start = FuzzyDate.parse(post.startEdtf());
            LocalDate end = post.endEdtf() == null ? null : FuzzyDate.parse(post.endEdtf()).latest();
            if (!when.isBefore(start.earliest()) && (end == null || !when.isAfter(end))) {
                return post.title();
            }
        }
        return null;
    }

    private List<Statement> statements(List<Meeting> meetings, List<Participant> participants) {
        Map<UUID, Meeting> byId = new HashMap<>();
        meetings.forEach(m -> byId.put(m.id(), m));
        List<Statement> result = new ArrayList<>(scale.statements());
        for (int i = 0; i < scale.statements(); i++) {
            Participant speaker = Names.pick(rnd, participants);
            Meeting meeting = byId.get(speaker.meetingId());
            boolean quote = rnd.nextBoolean();
            String topic = Names.pick(rnd, meeting.topics());
            String text = quote ? "We reaffirmed our commitment to close cooperation on " + topic + "."
                    : "The delegation stressed the importance of " + topic + ".";
            result.add(new Statement(uuid(), meeting.id(), speaker.personId(), quote ? "QUOTE" : "PARAPHRASE", text,
                    Names.pick(rnd, meeting.sourceIds())));
        }
        return result;
    }
}
