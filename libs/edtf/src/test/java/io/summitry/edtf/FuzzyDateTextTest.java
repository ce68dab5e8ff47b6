package io.summitry.edtf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyDateTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-09-10                | 10 September 2024
            2025-04-01                | 1 April 2025
            2025-04                   | April 2025
            2025                      | 2025
            -0044-03-15               | 15 March 45 BC
            0000                      | 1 BC
            2025-04-22/2025-04-23     | 22–23 April 2025
            2025-04-30/2025-05-02     | 30 April – 2 May 2025
            2024-12-30/2025-01-02     | 30 December 2024 – 2 January 2025
            2024-12/2025-01           | December 2024 – January 2025
            2025-04/2025-06           | April–June 2025
            2024/2025                 | 2024–2025
            2024/2025-06              | 2024 – June 2025
            2025-04-22/2025-04-22     | 22 April 2025
            2025-04-22~/2025-04-23    | about 22 April 2025 – 23 April 2025
            2025-21/2025-22           | spring 2025 – summer 2025
            2025-40                   | first half of 2025
            2025-41                   | second half of 2025
            2025-33                   | first quarter of 2025
            2025-36                   | fourth quarter of 2025
            2025-37                   | January–April 2025
            2025-39                   | September–December 2025
            2025-21                   | spring 2025
            2025-24                   | winter 2025
            2025-26                   | summer 2025 (northern hemisphere)
            2025-29                   | spring 2025 (southern hemisphere)
            2025-29?                  | spring 2025 (southern hemisphere, uncertain)
            202X                      | the 2020s
            20XX                      | the 21st century
            19XX                      | the 20th century
            00XX                      | the 1st century
            XXXX                      | unknown date
            2025-XX                   | 2025
            2025-XX-XX                | 2025
            2025-04-XX                | April 2025
            Y170000002                | 170000002
            Y-170000002               | 170000003 BC
            2025?                     | 2025 (uncertain)
            2025-04~                  | about April 2025
            2024-09-10%               | about 10 September 2024 (uncertain)
            202X~                     | about the 2020s
            2025-01-01/..             | from 1 January 2025
            ../2025                   | until 2025
            2025/                     | from 2025 (end unknown)
            /2025                     | until 2025 (start unknown)
            /2025?                    | until 2025 (uncertain, start unknown)
            2025~/..                  | from about 2025
            XXXX/2025                 | unknown date – 2025
            XXXX/XXXX                 | unknown date
            """)
    void shouldRenderEnglish(String edtf, String text) {
        assertThat(FuzzyDate.parse(edtf).text()).isEqualTo(text);
    }

    @Test
    void shouldNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(FuzzyDate.parse("2025-03-01/2025-05-02").text()).isEqualTo("1 March – 2 May 2025");
        } finally {
            Locale.setDefault(before);
        }
    }
}
