package dev.leanjdbc.analyzer.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonOutTest {

    private static final String NASTY = "a\"b\\c\nd\te\u0001f/é\u2028 select * from \"t\"";

    @Test
    void writesWhatAJsonParserReadsBackExactly() throws Exception {
        for (boolean pretty : new boolean[] {false, true}) {
            StringWriter w = new StringWriter();
            JsonOut g = new JsonOut(w, pretty);
            g.writeStartObject();
            g.writeStringField("s", NASTY);
            g.writeNumberField("n", Long.MIN_VALUE);
            g.writeBooleanField("b", true);
            g.writeFieldName("nothing");
            g.writeNull();
            g.writeArrayFieldStart("empty");
            g.writeEndArray();
            g.writeFieldName("ints");
            g.writeArray(new int[] {9, 1, 2, 3}, 1, 3);
            g.writeArrayFieldStart("objects");
            g.writeStartObject();
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("k", null);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.flush();

            try (JsonParser p = JsonFactory.builder().build().createParser(w.toString())) {
                assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
                assertThat(p.nextFieldName()).isEqualTo("s");
                assertThat(p.nextTextValue()).isEqualTo(NASTY);
                assertThat(p.nextFieldName()).isEqualTo("n");
                p.nextToken();
                assertThat(p.getLongValue()).isEqualTo(Long.MIN_VALUE);
                assertThat(p.nextFieldName()).isEqualTo("b");
                assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_TRUE);
                assertThat(p.nextFieldName()).isEqualTo("nothing");
                assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NULL);
                assertThat(p.nextFieldName()).isEqualTo("empty");
                assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
                assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
                assertThat(p.nextFieldName()).isEqualTo("ints");
                assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
                assertThat(p.nextIntValue(0)).isEqualTo(1);
                assertThat(p.nextIntValue(0)).isEqualTo(2);
                assertThat(p.nextIntValue(0)).isEqualTo(3);
                assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
                assertThat(p.nextFieldName()).isEqualTo("objects");
                assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
                assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
                assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
                assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
                assertThat(p.nextFieldName()).isEqualTo("k");
                assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NULL);
                assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
                assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
                assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
                assertThat(p.nextToken()).isNull();
            }
        }
    }

    @Test
    void compactOutputHasNoWhitespace() throws Exception {
        StringWriter w = new StringWriter();
        JsonOut g = new JsonOut(w, false);
        g.writeStartObject();
        g.writeStringField("a", "x");
        g.writeArrayFieldStart("b");
        g.writeNumber(1);
        g.writeNumber(2);
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        assertThat(w).hasToString("{\"a\":\"x\",\"b\":[1,2]}");
    }
}
