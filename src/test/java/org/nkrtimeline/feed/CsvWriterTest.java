package org.nkrtimeline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertThat(CsvWriter.field("Kim meets Putin")).isEqualTo("Kim meets Putin");
        assertThat(CsvWriter.field("2023-09-13")).isEqualTo("2023-09-13");
        assertThat(CsvWriter.field("")).isEmpty();
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithTheirQuotesDoubled() {
        assertThat(CsvWriter.field("Kim, Putin")).isEqualTo("\"Kim, Putin\"");
        assertThat(CsvWriter.field("the \"Glory to Russia\" note")).isEqualTo("\"the \"\"Glory to Russia\"\" note\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    }

    @Test
    void aFieldThatASpreadsheetWouldRunAsAFormulaGetsAnApostropheAndQuotes() {
        assertThat(CsvWriter.field("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CsvWriter.field("+7 sanctions")).isEqualTo("\"'+7 sanctions\"");
        assertThat(CsvWriter.field("-drones")).isEqualTo("\"'-drones\"");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.field("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        // Only the first character counts: a formula sign inside a text is harmless.
        assertThat(CsvWriter.field("Kim = Putin")).isEqualTo("Kim = Putin");
    }

    @Test
    void recordsEndWithCrlfAndReadBackAsWritten() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        List<String> first = List.of("a", "b, c", "say \"hi\"", "");
        List<String> second = List.of("line\nbreak", "=formula", "x");
        csv.record(first);
        csv.record(second);

        assertThat(out.toString()).isEqualTo("a,\"b, c\",\"say \"\"hi\"\"\",\r\n\"line\nbreak\",\"'=formula\",x\r\n");
        assertThat(Csv.parse(out.toString())).containsExactly(first, List.of("line\nbreak", "'=formula", "x"));
    }
}
