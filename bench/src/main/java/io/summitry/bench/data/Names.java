package io.summitry.bench.data;

import java.util.List;
import java.util.Random;

import io.summitry.bench.data.Dataset.OtherName;

/** Name pools by nationality: Korean names with Hangul, Japanese with Kanji, American names with a few accents. */
final class Names {

    /** A generated name: display form, given and family parts, and the variants a source would give. */
    record Name(String name, String given, String family, List<OtherName> otherNames) {
    }

    private static final String[][] KR_FAMILY = { { "Kim", "김" }, { "Lee", "이" }, { "Park", "박" }, { "Choi", "최" },
            { "Jung", "정" }, { "Kang", "강" }, { "Cho", "조" }, { "Yoon", "윤" }, { "Jang", "장" }, { "Lim", "임" },
            { "Han", "한" }, { "Shin", "신" }, { "Seo", "서" }, { "Kwon", "권" }, { "Hwang", "황" }, { "Song", "송" } };
    private static final String[][] KR_SYLLABLE = { { "min", "민" }, { "jun", "준" }, { "seo", "서" }, { "ji", "지" },
            { "hyun", "현" }, { "woo", "우" }, { "young", "영" }, { "su", "수" }, { "ho", "호" }, { "jin", "진" },
            { "sung", "성" }, { "hee", "희" }, { "yong", "용" }, { "chul", "철" }, { "kyung", "경" }, { "tae", "태" } };
    private static final String[][] JP_FAMILY = { { "Sato", "佐藤" }, { "Suzuki", "鈴木" }, { "Takahashi", "高橋" },
            { "Tanaka", "田中" }, { "Watanabe", "渡辺" }, { "Ito", "伊藤" }, { "Yamamoto", "山本" },
            { "Nakamura", "中村" }, { "Kobayashi", "小林" }, { "Kato", "加藤" }, { "Nakatani", "中谷" },
            { "Kishida", "岸田" }, { "Hamada", "浜田" }, { "Kihara", "木原" }, { "Onodera", "小野寺" } };
    private static final String[][] JP_GIVEN = { { "Hiroshi", "博" }, { "Takeshi", "武" }, { "Kenji", "健二" },
            { "Yuko", "優子" }, { "Akira", "明" }, { "Gen", "元" }, { "Minoru", "稔" }, { "Yoshimasa", "芳正" },
            { "Taro", "太郎" }, { "Naoko", "直子" }, { "Yasukazu", "靖一" }, { "Itsunori", "五典" }, { "Masaki", "正樹" } };
    private static final String[] US_GIVEN = { "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
            "Linda", "David", "Elizabeth", "Ely", "Lloyd", "Kathleen", "Mark", "José", "Zoë", "Renée", "Chloé",
            "Andrés", "Thomas", "Susan", "Daniel" };
    private static final String[] US_FAMILY = { "Smith", "Johnson", "Williams", "Brown", "Jones", "García", "Miller",
            "Davis", "Ratner", "Austin", "Hicks", "Milley", "O'Brien", "Müller", "Álvarez", "Nguyen", "Peña",
            "Campbell", "Kritenbrink", "Sullivan" };

    private Names() {
    }

    static Name korean(Random rnd) {
        String[] family = pick(rnd, KR_FAMILY);
        String[] a = pick(rnd, KR_SYLLABLE);
        String[] b = pick(rnd, KR_SYLLABLE);
        String given = capitalize(a[0]) + "-" + b[0];
        String name = family[0] + " " + given;
        return new Name(name, given, family[0], List.of(new OtherName(family[1] + a[1] + b[1], "ko"),
                new OtherName(family[0] + " " + capitalize(a[0]) + b[0], "ko-Latn")));
    }

    static Name japanese(Random rnd) {
        String[] family = pick(rnd, JP_FAMILY);
        String[] given = pick(rnd, JP_GIVEN);
        String name = given[0] + " " + family[0];
        return new Name(name, given[0], family[0], List.of(new OtherName(family[1] + given[1], "ja")));
    }

    static Name american(Random rnd) {
        String given = pick(rnd, US_GIVEN);
        String family = pick(rnd, US_FAMILY);
        String middle = rnd.nextInt(4) == 0 ? " " + (char) ('A' + rnd.nextInt(26)) + "." : "";
        return new Name(given + middle + " " + family, given, family, List.of());
    }

    static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    static <T> T pick(Random rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
